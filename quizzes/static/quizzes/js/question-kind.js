// The question editor shows only the fields of the chosen kind: the "Multiple choice" panel for
// multiple choice, the "True or false" panel for true/false, neither for an essay. The server
// ignores the other kinds' fields whatever is shown (quizzes.forms.QuestionAdminForm).
(function () {
  "use strict";

  function update(select) {
    document.querySelectorAll("[data-quiz-kind]").forEach(function (panel) {
      panel.hidden = panel.getAttribute("data-quiz-kind") !== select.value;
    });
  }

  function start() {
    var select = document.querySelector('select[name="kind"]');
    if (!select || !document.querySelector("[data-quiz-kind]")) {
      return;
    }
    update(select);
    select.addEventListener("change", function () {
      update(select);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
