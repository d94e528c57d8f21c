"""Course 002 in German: quality control through customer feedback (a translation)."""

LESSONS = [
    {
        "slug": "why-feedback",
        "title": "Kundenfeedback – die wichtigste Informationsquelle",
        "intro": (
            "Servicequalität wird nicht nur durch Kontrollen von oben gesichert, sondern vor allem "
            "im Gespräch mit dem Kunden. Wer dem Kunden zuhört, erfährt als Erster von Problemen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Das wichtigste Werkzeug der Qualitätssicherung ist die Einhaltung der "
                    "Servicestandards. Und die wichtigste Quelle dafür, wie diese Standards in der "
                    "Praxis funktionieren, ist das Feedback der Kunden selbst.</p><p>Steht der "
                    "Draht zum Kunden, werden Schwachstellen schnell sichtbar, und man kann "
                    "rechtzeitig gegensteuern. Mehr noch: So bemerkt man auch kleine Veränderungen "
                    "in den Erwartungen der Kunden, die sich mit der Zeit auf den Umsatz "
                    "auswirken.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Jedes Feedback ist eine Information",
                    "rule": (
                        "Jede Äußerung eines Kunden – Lob, Beschwerde, Frage, ein genervtes "
                        "Seufzen in der Warteschlange – verstehen wir als Information über die "
                        "Qualität unserer Arbeit und lassen sie nicht unbeachtet."
                    ),
                    "why": (
                        "Viele unzufriedene Kunden sagen gar nichts, sondern gehen einfach zur "
                        "Konkurrenz. Wer sich äußert, gibt uns die Chance, es besser zu machen und "
                        "ihn zu halten."
                    ),
                },
            ),
            ("heading", {"text": "Kanäle zum Kunden", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Im Idealfall hat der Kunde mehrere Wege, mit dem Unternehmen in Kontakt zu "
                    "treten: persönlich, per Telefon, per E-Mail, im Chat oder Messenger, über "
                    "eine kurze Umfrage nach dem Kauf, bei Treffen und Veranstaltungen für "
                    "Stammkunden. Je mehr Kanäle wir haben, desto besser kennen wir die Probleme "
                    "unserer Kunden – und desto wirksamer arbeitet das gesamte "
                    "Servicesystem.</p><p>Dabei gilt es, die Kosten im Blick zu behalten: Streben "
                    "Sie das beste Ergebnis bei vertretbarem Aufwand an. Einfache Vorgänge – "
                    "Bestellstatus abfragen, Öffnungszeiten, Terminvereinbarung – kann ein "
                    "Sprachdialogsystem oder ein Chatbot übernehmen. Der Kunde muss aber immer die "
                    "Möglichkeit haben, mit einem Menschen zu sprechen.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "Feedbackkanäle",
                    "do": [
                        "Lassen Sie den Kunden wählen: persönlich, Telefon, E-Mail oder Messenger",
                        "Antworten Sie in jedem Kanal innerhalb der festgelegten Frist",
                        "Automatisieren Sie Einfaches: Bestellstatus, Öffnungszeiten, Termine",
                        "Lassen Sie immer einen Weg zu einem echten Menschen offen",
                    ],
                    "dont": [
                        "Feedback nur über einen einzigen Kanal „pro forma“ annehmen",
                        "E-Mails und Nachrichten tagelang unbeantwortet lassen",
                        "Die Mitarbeitenden hinter einem endlosen Sprachmenü verstecken",
                        (
                            "Den Kunden direkt nach einem missglückten Service um einen langen "
                            "Fragebogen bitten"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Fragen Sie direkt nach dem Kontakt",
                    "text": (
                        "Eine kurze Frage am Ende des Gesprächs oder eine Nachricht nach der "
                        "Lieferung („Wie zufrieden waren Sie – von 1 bis 5?“) bringen mehr "
                        "ehrliche Antworten als ein ausführlicher Fragebogen einen Monat später."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "receiving-feedback",
        "title": "Feedback richtig annehmen",
        "intro": (
            "Feedback geht leicht verloren: Der Kunde sagt etwas, der Mitarbeiter nickt, und alles "
            "ist vergessen. So nehmen Sie eine Rückmeldung an, damit sie bei denen ankommt, die "
            "etwas ändern können."
        ),
        "body": [
            ("heading", {"text": "Schritt für Schritt", "level": "h2"}),
            (
                "procedure",
                {
                    "title": "Ein Kunde äußert Kritik oder beschwert sich",
                    "situation": (
                        "Persönlich, am Telefon, im Chat oder in einer Umfrage teilt der Kunde "
                        "mit, dass ihm etwas nicht gefallen hat."
                    ),
                    "steps": [
                        {
                            "action": "Danken Sie dem Kunden, dass er es angesprochen hat.",
                            "phrase": "Danke, dass Sie mir das sagen – das ist uns sehr wichtig.",
                        },
                        {
                            "action": (
                                "Klären Sie die Einzelheiten: was passiert ist, wann, wo und mit "
                                "wem der Kunde zu tun hatte."
                            ),
                            "phrase": "Können Sie mir sagen, wann das war und wer Sie bedient hat?",
                        },
                        {
                            "action": (
                                "Finden Sie heraus, welche Lösung der Kunde für richtig hält: eine "
                                "Entschuldigung, eine Korrektur, eine Entschädigung oder eine "
                                "Antwort in der Sache."
                            ),
                            "phrase": "Was wäre für Sie jetzt eine gute Lösung?",
                        },
                        {
                            "action": (
                                "Erledigen Sie sofort, was in Ihrer Macht steht; alles andere "
                                "geben Sie an die zuständige Person weiter und nennen dem Kunden "
                                "einen Termin."
                            ),
                            "phrase": (
                                "Eine Antwort der Schichtleitung bekommen Sie morgen bis 12 Uhr."
                            ),
                        },
                        {
                            "action": (
                                "Erfassen Sie das Feedback noch am selben Tag im Ticketsystem – "
                                "möglichst in den Worten des Kunden und mit Thema."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Sagen Sie dem Kunden, was sich dank seines Feedbacks geändert hat."
                            ),
                            "phrase": (
                                "Sie hatten die langen Wartezeiten an der Kasse erwähnt – seit "
                                "Montag öffnen wir zu den Stoßzeiten eine zweite Kasse."
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Wie Sie auf Kritik antworten",
                    "context": (
                        "Die erste Reaktion entscheidet, ob der Kunde noch etwas sagt – oder "
                        "wortlos geht."
                    ),
                    "pairs": [
                        {
                            "avoid": "Das kann nicht sein, bei uns läuft immer alles bestens.",
                            "use": (
                                "Danke, dass Sie das sagen. Erzählen Sie mir bitte mehr – ich "
                                "möchte der Sache nachgehen."
                            ),
                            "why": (
                                "Wer mit dem Feedback streitet, schließt den Kanal: Der Kunde sagt "
                                "nichts mehr."
                            ),
                        },
                        {
                            "avoid": "Das war nicht meine Schicht, davon weiß ich nichts.",
                            "use": (
                                "Ich war nicht dabei, aber ich schreibe jetzt alles auf und gebe "
                                "es an die Schichtleitung weiter."
                            ),
                            "why": (
                                "Dem Kunden ist egal, wer Dienst hatte: Er wendet sich an das "
                                "Unternehmen."
                            ),
                        },
                        {
                            "avoid": "Schreiben Sie eine Beschwerde auf unserer Website.",
                            "use": (
                                "Ich nehme Ihr Anliegen gleich selbst auf, damit Sie nicht alles "
                                "noch einmal schreiben müssen."
                            ),
                            "why": (
                                "Jeder zusätzliche Schritt ist ein Grund, abzuwinken und zur "
                                "Konkurrenz zu gehen."
                            ),
                        },
                        {
                            "avoid": "Tja, kann passieren.",
                            "use": (
                                "So sollte es nicht sein. Ich gebe das weiter, damit es nicht "
                                "wieder vorkommt."
                            ),
                            "why": (
                                "Wer das Problem anerkennt, zeigt: Es gibt einen Standard, und wir "
                                "stehen dafür ein."
                            ),
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Kein Feedback geht verloren",
                    "rule": (
                        "Jedes Feedback wird noch am selben Tag im System erfasst und bekommt eine "
                        "zuständige Person und eine Frist für die Antwort an den Kunden."
                    ),
                    "why": (
                        "Ein Feedback, das nur im Kopf eines Mitarbeiters existiert, verschwindet "
                        "mit dem Schichtende – das Problem aber bleibt."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Verstecken Sie Unangenehmes nicht",
                    "text": (
                        "Die Versuchung ist groß, Beschwerden nicht weiterzugeben, um die "
                        "Kennzahlen der Abteilung nicht zu verderben. Doch ein verschwiegenes "
                        "Problem verschwindet nicht: Der nächste Kunde erlebt es, und die "
                        "Geschäftsleitung erfährt davon aus einer Online-Bewertung."
                    ),
                },
            ),
            ("heading", {"text": "Vom Feedback zur Verbesserung", "level": "h2"}),
            (
                "case",
                {
                    "title": "Die zweite Kasse am Abend",
                    "story": (
                        "Ein Geschäft schickte seinen Kunden nach jedem Einkauf eine kurze Umfrage "
                        "per Messenger. Innerhalb eines Monats fielen fast alle schlechten "
                        "Bewertungen auf die Abende unter der Woche, und in den Kommentaren stand "
                        "immer wieder dasselbe: „Lange an der Kasse angestanden.“ Der Filialleiter "
                        "öffnete von 18 bis 20 Uhr eine zweite Kasse und verglich nach einem Monat "
                        "die Bewertungen."
                    ),
                    "lesson": (
                        "Die Durchschnittsbewertung für die Abendstunden stieg deutlich, und "
                        "Beschwerden über die Warteschlange verschwanden fast ganz. Ein einzelnes "
                        "Feedback lässt sich leicht als Laune des Kunden abtun, doch gesammelt "
                        "zeigen die Rückmeldungen genau, wo sich etwas ändern muss."
                    ),
                    "outcome": "good",
                },
            ),
        ],
    },
    {
        "slug": "from-feedback-to-improvement",
        "title": "Vom Feedback zur Verbesserung",
        "intro": (
            "Gesammeltes Feedback ist nichts wert, solange niemand es auswertet und Schlüsse "
            "zieht. Genauso wichtig ist es, die zweite Seite des Service zu hören – die eigenen "
            "Mitarbeitenden."
        ),
        "body": [
            ("heading", {"text": "Feedback regelmäßig auswerten", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ein einzelnes Feedback ist ein Signal, hundert Rückmeldungen im Monat sind "
                    "eine Landkarte der Probleme. Werten Sie sie regelmäßig aus und suchen Sie "
                    "nach wiederkehrenden Themen. Besonders wertvoll ist es, systematische Fehler "
                    "früh zu erkennen: Ein Problem, das gleich zu Beginn behoben wird, kann gar "
                    "nicht erst Beschwerden, Retouren und einen schlechten Ruf nach sich "
                    "ziehen.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Die wöchentliche Feedbackrunde",
                    "situation": (
                        "Einmal pro Woche wertet die Abteilungsleitung gemeinsam mit dem Team das "
                        "Feedback der vergangenen Tage aus."
                    ),
                    "steps": [
                        {
                            "action": "Sammeln Sie das Feedback aller Kanäle in einer Tabelle.",
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Ordnen Sie es nach Themen: Termine, Freundlichkeit, "
                                "Produktqualität, Unterlagen, Lieferung."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Wählen Sie zwei, drei Themen aus, die am häufigsten vorkommen "
                                "oder das Unternehmen am meisten kosten."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Finden Sie die Ursache: ein Fehler einer Person, ein "
                                "umständlicher Ablauf oder fehlende Ressourcen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Legen Sie Maßnahmen, Verantwortliche und Termine fest und halten "
                                "Sie sie schriftlich fest."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Prüfen Sie nach einem Monat am neuen Feedback, ob es besser "
                                "geworden ist."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Die Mitarbeitenden – die zweite Seite des Service",
                    "rule": (
                        "Das Servicesystem wird in zwei Richtungen aufgebaut – zu den Kunden und "
                        "zum eigenen Personal: Die Meinung der Mitarbeitenden wird genauso "
                        "regelmäßig eingeholt wie die der Kunden, und die Abteilungen stimmen ihre "
                        "Arbeit untereinander ab."
                    ),
                    "why": (
                        "Mitarbeitende unterscheiden sich gar nicht so sehr von unseren Kunden und "
                        "sehen dieselben Hürden von innen. Eine reibungslose Zusammenarbeit im "
                        "Haus ist die Grundlage für guten Service und eine faire Beurteilung des "
                        "Personals."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": "Ihre unzufriedensten Kunden sind Ihre beste Lernquelle.",
                    "attribution": "Bill Gates, „Business @ the Speed of Thought“",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Kundenkontakt ist auch eine Gelegenheit für Neuigkeiten",
                    "text": (
                        "Regelmäßiger Austausch mit dem Kunden hilft nicht nur, Fehler zu beheben, "
                        "sondern auch, rechtzeitig über Aktionen und Neuheiten zu informieren. "
                        "Entscheidend ist: erst das Anliegen des Kunden lösen, dann etwas anbieten."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "is-the-system-working",
        "title": "Funktioniert unser Servicesystem?",
        "intro": (
            "Nach der Einführung von Standards lohnt sich eine Zwischenbilanz. Sieben Merkmale "
            "zeigen, ob das System tatsächlich funktioniert."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Die neuen Servicestandards sind eingeführt – Zeit zu prüfen, ob sie "
                    "Wirkung zeigen. Nutzen Sie die sieben Merkmale unten als Modell: Je mehr "
                    "davon in Ihrer Abteilung schon erfüllt sind, desto verlässlicher funktioniert "
                    "das System.</p>"
                ),
            ),
            ("heading", {"text": "Sieben Merkmale eines funktionierenden Systems", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol><li><b>Alle Arbeit zielt auf einen wachsenden Kundenstamm.</b> Ein "
                    "zufriedener Kunde wird Stammkunde und kauft mit der Zeit immer "
                    "mehr.</li><li><b>Die Abläufe im Umgang mit Kunden werden ständig "
                    "verbessert.</b> Berücksichtigt werden die Wünsche der Kunden ebenso wie die "
                    "Kosten des Unternehmens.</li><li><b>Der Feedbackkanal steht.</b> Umfragen, "
                    "Treffen und Bewertungen liefern regelmäßig Informationen, und die Strategie "
                    "des Unternehmens richtet sich nach den Bedürfnissen der "
                    "Kunden.</li><li><b>Das Produkt entspricht den Anforderungen der Kunden.</b> "
                    "Funktionen und Design erfüllen die meisten Wünsche, und Fehler werden früh "
                    "behoben.</li><li><b>Das Servicesystem läuft stabil.</b> Jeder Kunde spürt in "
                    "jeder Phase, dass er dem Unternehmen wichtig ist.</li><li><b>Die Arbeit läuft "
                    "in zwei Richtungen.</b> Das Unternehmen pflegt die Beziehungen zu Kunden und "
                    "zu Mitarbeitenden.</li><li><b>Der Kunde erreicht das Unternehmen auf "
                    "verschiedenen Wegen:</b> persönlich, per Telefon, per E-Mail, im "
                    "Chat.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Selbstcheck der Abteilung",
                    "text": (
                        "Bewerten Sie jedes Merkmal auf einer Skala von 1 bis 5 – zuerst selbst, "
                        "dann durch Kolleginnen und Kollegen aus der Nachbarabteilung. Das Merkmal "
                        "mit der niedrigsten Note ist ein Kandidat für die erste Aufgabe im "
                        "nächsten Monat."
                    ),
                },
            ),
            ("heading", {"text": "Kriterien für richtiges Handeln", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Kundenfeedback annehmen",
                    "criteria": [
                        {
                            "code": "thanks-for-feedback",
                            "text": "Dankt dem Kunden für sein Feedback, auch für Kritik",
                        },
                        {
                            "code": "clarifies-details",
                            "text": "Klärt die Einzelheiten: was, wann, wo und mit wem",
                        },
                        {
                            "code": "asks-expected-outcome",
                            "text": "Fragt, welche Lösung der Kunde für richtig hält",
                        },
                        {
                            "code": "no-arguing",
                            "text": (
                                "Streitet nicht über die Bewertung des Kunden und rechtfertigt "
                                "sich nicht"
                            ),
                        },
                        {
                            "code": "acts-or-hands-over",
                            "text": (
                                "Löst das Anliegen sofort oder gibt es an die zuständige Person "
                                "weiter und nennt dem Kunden einen Termin"
                            ),
                        },
                        {
                            "code": "logs-feedback",
                            "text": "Erfasst das Feedback noch am selben Tag im System",
                        },
                        {
                            "code": "reports-back",
                            "text": (
                                "Sagt dem Kunden, was aufgrund seines Feedbacks getan oder "
                                "geändert wurde"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "feedback-quiz-de",
    "version_of": "feedback-quiz",
    "title": "Wissenstest: Qualitätssicherung durch Kundenfeedback",
    "description": (
        "Sieben Fragen dazu, wie man Kundenfeedback sammelt, annimmt und nutzt. Zum Bestehen "
        "brauchen Sie mindestens 70 % richtige Antworten."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "single_attempt": True,
    "success_text": (
        "Bestanden! Sie wissen, wie aus Feedback Verbesserungen werden. Denken Sie daran: Ein "
        "Kunde, der sich beschwert, gibt Ihnen die Chance, ihn zu halten."
    ),
    "fail_text": (
        "Einige Antworten stimmen noch nicht. Lesen Sie die Lektion „Feedback richtig annehmen“ "
        "noch einmal – besonders die Schritte und die Formulierungen – und versuchen Sie es erneut."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "Was ist die wichtigste Informationsquelle dafür, wie Servicestandards in der "
                "Praxis funktionieren?"
            ),
            "explanation": (
                "Standards legen die Regeln fest; wie sie im Alltag wirken, zeigt das Feedback der "
                "Kunden: Damit findet man Schwachstellen schnell."
            ),
            "answers": [
                {"content": "Die Berichte der Abteilungsleitungen", "correct": False},
                {"content": "Ein jährlicher Mystery-Shopping-Test", "correct": False},
                {"content": "Das Feedback der Kunden", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Wenn eine Beschwerde vor Ort gelöst wurde, muss man sie nicht erfassen – das "
                "verdirbt nur die Kennzahlen der Abteilung."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Auch eine gelöste Beschwerde ist eine Information über ein Problem, das "
                "bei anderen Kunden wieder auftreten kann. Verschwiegene Beschwerden verhindern, "
                "dass man die Ursache findet."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Welche Merkmale zeigen, dass das Servicesystem funktioniert? Markieren Sie alle "
                "richtigen Antworten."
            ),
            "explanation": (
                "Zu den sieben Merkmalen gehören mehrere Kontaktkanäle, eine wachsende Zahl von "
                "Stammkunden und die Arbeit in zwei Richtungen: mit Kunden und mit dem Personal. "
                "Kein Feedback bedeutet eher, dass Kunden keinen Ort oder keinen Grund haben, sich "
                "zu äußern – nicht, dass es keine Beanstandungen gibt."
            ),
            "answers": [
                {
                    "content": "Der Kunde hat mehrere Wege, das Unternehmen zu erreichen",
                    "correct": True,
                },
                {
                    "content": "Es gibt gar kein Feedback – also gibt es auch keine Beanstandungen",
                    "correct": False,
                },
                {"content": "Zufriedene Kunden werden zu Stammkunden", "correct": True},
                {
                    "content": (
                        "Das Unternehmen arbeitet nicht nur mit Kunden, sondern auch mit seinen "
                        "Mitarbeitenden"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Ein Kunde sagt: „Die Lieferung war für den Vormittag angekündigt und kam erst am "
                "Abend.“ Wie sollte Ihre erste Antwort lauten?"
            ),
            "explanation": (
                "Erst danken und die Einzelheiten klären. Rechtfertigungen beenden das Gespräch, "
                "und eine Entschädigung, die Sie anbieten, bevor Sie den Kunden verstanden haben, "
                "braucht er vielleicht gar nicht."
            ),
            "answers": [
                {
                    "content": "„In der Stadt war viel Verkehr, die Fahrer sind nicht schuld.“",
                    "correct": False,
                },
                {"content": "„Wir geben Ihnen 5 % Rabatt.“", "correct": False},
                {
                    "content": "„Bitte schreiben Sie eine Beschwerde auf unserer Website.“",
                    "correct": False,
                },
                {
                    "content": (
                        "„Danke, dass Sie mir das sagen. Erzählen Sie mir bitte genauer, wie es "
                        "gelaufen ist.“"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Ein Sprachdialogsystem für Standardanrufe kann Teil eines guten Servicesystems "
                "sein, wenn der Kunde weiterhin einen Menschen erreichen kann."
            ),
            "correct": True,
            "explanation": (
                "Richtig. Einfache Vorgänge zu automatisieren spart Zeit und Geld, darf den Kunden "
                "aber nicht von dem Menschen abschneiden, der sein Problem löst."
            ),
        },
        {
            "kind": "mc",
            "content": ("Das Kundenfeedback der Woche steht in einer Tabelle. Wie geht es weiter?"),
            "explanation": (
                "Der Wert von Feedback liegt in den Schlüssen: Themen, Ursachen, Maßnahmen, "
                "Verantwortliche und eine Prüfung des Ergebnisses nach einem Monat."
            ),
            "answers": [
                {
                    "content": (
                        "Die Tabelle an die Geschäftsleitung weiterleiten und die Aufgabe als "
                        "erledigt betrachten"
                    ),
                    "correct": False,
                },
                {
                    "content": (
                        "Nach Themen ordnen, wiederkehrende Ursachen finden, Maßnahmen und "
                        "Verantwortliche festlegen"
                    ),
                    "correct": True,
                },
                {
                    "content": "Jedem Kunden dieselbe Dankes-E-Mail schicken",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "essay",
            "content": (
                "Eine Kundin hat in der Umfrage eine schlechte Note ohne Kommentar vergeben. "
                "Beschreiben Sie, wie Sie das Gespräch mit ihr führen: was Sie zu Beginn sagen, "
                "welche Fragen Sie stellen und wie Sie abschließen."
            ),
            "explanation": (
                "Eine gute Antwort: sich vorstellen und für die Teilnahme an der Umfrage danken, "
                "fragen, ob es gerade passt; klären, was genau nicht gefallen hat und was die "
                "Kundin erwartet; nicht diskutieren; konkrete Schritte und einen Termin nennen; "
                "das Feedback erfassen und zusagen, sich mit dem Ergebnis zu melden."
            ),
        },
    ],
}

SCENARIO = {
    "slug": "follow-up-call-low-rating",
    "title": "Nachfassanruf: zwei Sterne für die Lieferung",
    "situation_type": "typical",
    "channel": "phone",
    "briefing": (
        "Sie arbeiten im Qualitätsmanagement des Möbel-Onlineshops „Wohnwerk“. Gestern wurde bei "
        "einer Kundin ein Kleiderschrank geliefert und aufgebaut, und in der SMS-Umfrage hat sie "
        "die Lieferung mit 2 von 5 Sternen bewertet – ohne Kommentar. Rufen Sie sie an, finden Sie "
        "den Grund heraus und sorgen Sie dafür, dass ihr Feedback ihr und dem Unternehmen etwas "
        "bringt."
    ),
    "persona": {
        "name": "Frau Schneider",
        "mood": "höflich, aber reserviert; erwartet von dem Anruf nichts Gutes",
    },
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "Die Kundin nimmt ab: „Schneider, hallo?“",
            "choices": [
                {
                    "reply": (
                        "Guten Tag, hier ist „Wohnwerk“. Sie haben uns zwei Sterne gegeben – warum "
                        "denn so wenig?"
                    ),
                    "feedback": (
                        "Die Frage klingt wie ein Vorwurf an die Kundin. Stellen Sie sich zuerst "
                        "vor, danken Sie für die Antwort und fragen Sie, ob es gerade passt."
                    ),
                    "points": 0,
                    "criterion": "thanks-for-feedback",
                    "next": "s2",
                },
                {
                    "reply": (
                        "Guten Tag! Gerade gibt es bei uns 20 % auf Matratzen. Und dann hätte ich "
                        "noch eine Frage zu Ihrer Bewertung der Lieferung …"
                    ),
                    "feedback": (
                        "Werbung, bevor das Problem gelöst ist, zeigt: Ihnen geht es um den "
                        "Verkauf, nicht um ihre Meinung."
                    ),
                    "points": -2,
                    "criterion": "thanks-for-feedback",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Guten Tag, Frau Schneider! Mein Name ist Tobias Wendt, ich rufe vom "
                        "Qualitätsmanagement bei „Wohnwerk“ an. Sie haben gestern unsere Lieferung "
                        "bewertet – vielen Dank, dass Sie an der Umfrage teilgenommen haben. Haben "
                        "Sie gerade zwei Minuten? Ich möchte verstehen, was schiefgelaufen ist."
                    ),
                    "feedback": (
                        "Sie haben sich vorgestellt, für das Feedback gedankt und gefragt, ob es "
                        "gerade passt. Die Kundin ist zum Gespräch bereit."
                    ),
                    "points": 3,
                    "criterion": "thanks-for-feedback",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "„Der Schrank ist eigentlich gut. Aber angekündigt war die Lieferung zwischen 10 "
                "und 14 Uhr, gekommen ist sie um sechs Uhr abends. Ich hatte mir extra einen "
                "halben Tag freigenommen. Und niemand hat angerufen und Bescheid gesagt.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Na ja, in der Stadt ist viel Verkehr, die Fahrer schaffen das nicht immer "
                        "– darauf haben wir keinen Einfluss."
                    ),
                    "feedback": (
                        "Die Rechtfertigung entwertet den Tag, den die Kundin verloren hat. Die "
                        "Gründe für die Verspätung sind unser internes Thema, nicht ihre Sorge."
                    ),
                    "points": -2,
                    "criterion": "no-arguing",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Das verstehe ich, das ist wirklich ärgerlich: Sie haben unseretwegen "
                        "einen Arbeitstag verloren. Darf ich fragen – hat der Fahrer gar nicht "
                        "angerufen, auch nicht kurz vorher? Und war beim Aufbau alles in Ordnung?"
                    ),
                    "feedback": (
                        "Sie haben den Verlust der Kundin anerkannt und Einzelheiten erfragt, die "
                        "helfen, die Ursache zu finden."
                    ),
                    "points": 2,
                    "criterion": "clarifies-details",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "„Wissen Sie, dafür bin ich nicht ans Telefon gegangen. Wenn Ihnen das egal ist, "
                "bestelle ich eben nicht mehr bei Ihnen.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Entschuldigen Sie, da habe ich ungeschickt angefangen. Es ist mir nicht "
                        "egal: Sie haben wegen unserer Lieferung Zeit verloren. Erzählen Sie mir "
                        "bitte, was passiert ist – ich schreibe alles auf und gebe es an die "
                        "Leitung der Logistik weiter."
                    ),
                    "feedback": (
                        "Sie haben den Fehler eingeräumt und das Gespräch zurück zur Sache "
                        "geführt. Die Kundin ist bereit zu erzählen, aber das Vertrauen ist noch "
                        "brüchig."
                    ),
                    "points": 0,
                    "criterion": "no-arguing",
                    "next": "s3",
                },
                {
                    "reply": "Gut, wie Sie meinen. Einen schönen Tag noch.",
                    "feedback": (
                        "Sie haben die Kundin gehen lassen, ohne zu erfahren, was passiert ist. "
                        "Das Feedback ist verloren – und die Kundin auch."
                    ),
                    "points": -2,
                    "criterion": "acts-or-hands-over",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "„Der Fahrer hat erst angerufen, als er schon vor der Haustür stand. Die Monteure "
                "haben alles ordentlich gemacht, an denen liegt es nicht. Es ärgert mich einfach, "
                "dass meine Zeit niemandem etwas wert ist.“"
            ),
            "choices": [
                {
                    "reply": "Verstehe. Ich biete Ihnen 5 % Rabatt auf den nächsten Einkauf an.",
                    "feedback": (
                        "Eine Entschädigung ist keine schlechte Geste, aber Sie haben nicht "
                        "gefragt, was die Kundin erwartet. Vielleicht ist ihr etwas anderes "
                        "wichtiger."
                    ),
                    "points": 0,
                    "criterion": "asks-expected-outcome",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Danke, das ist ein sehr wichtiger Hinweis. Was wäre denn jetzt für Sie "
                        "eine gute Lösung?"
                    ),
                    "feedback": (
                        "Sie haben gefragt, was die Kundin erwartet, statt zu raten. So trifft die "
                        "Lösung sicher ins Ziel."
                    ),
                    "points": 2,
                    "criterion": "asks-expected-outcome",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "„Ich brauche eigentlich nichts mehr, der Schrank steht ja. Ich möchte nur, dass "
                "das anderen nicht auch passiert. Und dass man Bescheid sagt, wenn es später wird.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Auf jeden Fall. Ich erfasse Ihr Feedback und gebe es heute noch an die "
                        "Leitung der Logistik weiter: Eine Verspätung ohne Anruf verstößt gegen "
                        "unseren Standard. Als kleine Entschuldigung schicke ich Ihnen einen "
                        "Gutschein für eine kostenlose Lieferung Ihrer nächsten Bestellung. Und in "
                        "zwei Wochen rufe ich Sie an und erzähle Ihnen, was wir geändert haben."
                    ),
                    "feedback": (
                        "Sie haben das Feedback erfasst, an die zuständige Stelle gegeben, eine "
                        "Geste der Entschuldigung angeboten und zugesagt, sich mit dem Ergebnis zu "
                        "melden."
                    ),
                    "points": 3,
                    "criterion": "acts-or-hands-over",
                    "next": "s5",
                },
                {
                    "reply": "Gut, ich gebe das weiter. Danke für das Gespräch.",
                    "feedback": (
                        "Zu vage: Die Kundin weiß nicht, an wen Sie ihr Feedback weitergeben und "
                        "ob sie je vom Ergebnis erfährt."
                    ),
                    "points": 0,
                    "criterion": "logs-feedback",
                    "next": "end_neutral",
                },
            ],
        },
        "s5": {
            "text": (
                "Eine Woche später hat der Lieferdienst eine neue Regel eingeführt: Verspätet sich "
                "ein Fahrzeug um mehr als 30 Minuten, ruft die Disposition den Kunden vorher an "
                "und nennt die neue Uhrzeit. Seit Ihrem Gespräch sind zwei Wochen vergangen."
            ),
            "choices": [
                {
                    "reply": "Nicht anrufen: Die Änderung ist ja schon umgesetzt.",
                    "feedback": (
                        "Die Änderung ist da, aber die Kundin erfährt nichts davon – und ihr "
                        "Eindruck vom Unternehmen bleibt, wie er war."
                    ),
                    "points": -2,
                    "criterion": "reports-back",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Anrufen: „Frau Schneider, hier ist Tobias Wendt von ‚Wohnwerk‘. Ich hatte "
                        "versprochen, mich zu melden: Nach Ihrem Feedback haben wir eine Regel "
                        "eingeführt – verspätet sich eine Lieferung um mehr als eine halbe Stunde, "
                        "ruft die Disposition vorher an und nennt die neue Uhrzeit. Danke, dass "
                        "Sie uns darauf aufmerksam gemacht haben.“"
                    ),
                    "feedback": (
                        "Sie haben Wort gehalten und der Kundin gezeigt, dass ihr Feedback die "
                        "Arbeit des Unternehmens verändert hat. So entsteht Kundenbindung."
                    ),
                    "points": 2,
                    "criterion": "reports-back",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Frau Schneider ist überrascht: „Dass jemand zurückruft, um zu erzählen, was sich "
                "geändert hat, habe ich noch nie erlebt.“ Einen Monat später bestellt sie bei "
                "Ihnen einen Küchentisch und empfiehlt den Shop einer Kollegin."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Die Kundin verabschiedet sich höflich. Vielleicht wird das Problem behoben, aber "
                "sie erfährt nichts davon – und vergleicht beim nächsten Mal wohl erst die Preise "
                "der Konkurrenz."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Die Kundin schreibt eine Bewertung auf einem Vergleichsportal: „Vier Stunden zu "
                "spät, und beim Rückruf gab es auch noch Ausreden.“ Die Leitung der Logistik "
                "erfährt von dem Problem erst durch diese Bewertung."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION = {
    "title": "Qualitätssicherung durch Kundenfeedback",
    "summary": (
        "Servicestandards wirken nur, wenn wir regelmäßig erfahren, wie der Kunde sie erlebt. Der "
        "Kurs zeigt, wie man Feedback über verschiedene Kanäle sammelt, Kritik richtig annimmt, "
        "aus Rückmeldungen Verbesserungen macht und anhand von sieben Merkmalen prüft, ob unser "
        "Servicesystem funktioniert."
    ),
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO],
}
