"""Course 000 (Russian original, German and English translations): principles of service."""

LESSONS = [
    {
        "slug": "why-service-matters",
        "title": "Зачем компании сервис",
        "intro": (
            "Хорошее обслуживание — это не вежливость ради вежливости, а способ удержать клиента и "
            "заработать. Разберём, как именно сервис превращается в выручку."
        ),
        "body": [
            ("heading", {"text": "Три источника дохода от хорошего сервиса", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Специалисты Гарвардской школы бизнеса описывают выгоду от сервиса тремя "
                    "английскими словами на букву R — отсюда название "
                    "«3R»:</p><ul><li><b>Retention — удержание.</b> Клиент, которого хорошо "
                    "обслужили, возвращается к нам, а не уходит к конкуренту.</li><li><b>Related "
                    "sales — сопутствующие продажи.</b> Тот, кто нам доверяет, охотно берёт "
                    "дополнительные товары и услуги.</li><li><b>Referrals — рекомендации.</b> "
                    "Довольный клиент направляет к нам знакомых и коллег.</li></ul><p>Все три "
                    "источника работают, только если клиент уходит от нас с хорошим впечатлением. "
                    "Одна небрежная фраза может перечеркнуть их все сразу.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Сервис — дело каждого",
                    "text": (
                        "Раньше обслуживание считали заботой продавцов и операторов. Сегодня "
                        "клиент встречается с компанией повсюду: в счёте из бухгалтерии, в "
                        "разговоре с секретарём, при доставке и монтаже. Каждая такая встреча либо "
                        "укрепляет «3R», либо разрушает их."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "На то, чтобы построить репутацию, уходит двадцать лет, а чтобы её "
                        "разрушить, хватит пяти минут."
                    ),
                    "attribution": "Уоррен Баффет, инвестор",
                },
            ),
            ("heading", {"text": "Что даёт компании единый стандарт обслуживания", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Компании, которые описали правила обслуживания и научили им всех "
                    "сотрудников, получают вполне измеримые результаты:</p><ul><li>клиенты чаще "
                    "остаются с компанией и покупают снова;</li><li>новые клиенты приходят по "
                    "отзывам, поэтому на рекламу уходит меньше денег;</li><li>жалоб становится "
                    "меньше, а их разбор отнимает меньше времени и средств;</li><li>каждый знает, "
                    "как действовать, поэтому обслуживание идёт быстрее;</li><li>компания надёжно "
                    "соблюдает законы о защите прав потребителей и правила честной "
                    "конкуренции;</li><li>новые услуги проще предложить: клиенты уже доверяют "
                    "компании.</li></ul>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Сервис работает на опережение",
                    "rule": (
                        "Мы готовимся к трудным ситуациям заранее: продумываем ответы на типичные "
                        "вопросы и претензии — в том числе на самые требовательные — до того, как "
                        "клиент их задаст."
                    ),
                    "why": (
                        "Клиент видит, что компания к нему готова и не импровизирует. Продуманный "
                        "заранее ответ звучит спокойнее, приходит быстрее и реже оказывается "
                        "ошибочным, чем ответ, придуманный под давлением."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Звонок, который привёл новых клиентов",
                    "story": (
                        "Абонент интернет-провайдера в Кирове два вечера пытался сам настроить "
                        "wi-fi, сдался и позвонил в поддержку — раздражённый и далеко не вежливый. "
                        "Оператор не ответил резкостью на резкость: спокойно расспросил, что уже "
                        "было сделано, предложил несколько вариантов решения и визит мастера в "
                        "удобное для клиента время. С тех пор этот абонент рассказывает всем "
                        "знакомым, что лучше провайдера в городе нет."
                    ),
                    "lesson": (
                        "Один хорошо проведённый разговор сработал на все три «R»: клиент остался, "
                        "доверяет компании и бесплатно приводит новых. Рекламу такой силы купить "
                        "невозможно."
                    ),
                    "outcome": "good",
                },
            ),
        ],
    },
    {
        "slug": "what-customers-value",
        "title": "Что ценит клиент",
        "intro": (
            "Шесть факторов, по которым клиент оценивает обслуживание, и три опоры, к которым они "
            "сводятся: надёжность, отзывчивость и уважение."
        ),
        "body": [
            ("heading", {"text": "Шесть факторов качества обслуживания", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Британский Институт обслуживания клиентов (Institute of Customer Service) "
                    "выделяет шесть факторов, которые сильнее всего влияют на оценку "
                    "клиента:</p><ol><li><b>Своевременность</b> — услугу оказывают тогда, когда "
                    "обещали, и клиент не ждёт без объяснений.</li><li><b>Внешний вид</b> — "
                    "опрятный сотрудник, чистое рабочее место, аккуратные "
                    "документы.</li><li><b>Вежливость и этичность</b> — уважительный тон и честное "
                    "поведение в любой ситуации.</li><li><b>Качество и результативность</b> — "
                    "работа сделана правильно и приносит клиенту нужный "
                    "результат.</li><li><b>Доступность</b> — получить услугу просто: понятно, куда "
                    "обращаться, и не нужно ходить по кругу.</li><li><b>Решение проблем</b> — если "
                    "что-то пошло не так, клиенту помогают довести дело до конца.</li></ol>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "Шесть факторов в ежедневной работе",
                    "do": [
                        "Называйте реальный срок и заранее предупреждайте, если он сдвигается",
                        "Следите за формой, бейджем и порядком на столе, в зале или в машине",
                        (
                            "Здоровайтесь первым и говорите с клиентом уважительно, даже если он "
                            "раздражён"
                        ),
                        "Проверяйте результат своей работы до того, как передать его клиенту",
                        "Объясняйте, куда обратиться, а лучше — сами передавайте вопрос коллеге",
                        "Доводите проблему клиента до решения или до конкретного ответственного",
                    ],
                    "dont": [
                        "Обещать «сделаем быстро», не зная сроков",
                        "Встречать клиента в грязной спецодежде или за заваленным бумагами столом",
                        "Спорить, поучать клиента или показывать раздражение",
                        "Отдавать работу «как есть» в надежде, что клиент не заметит",
                        "Отправлять клиента «в другой отдел» без имени и номера телефона",
                        "Заканчивать разговор, пока вопрос клиента не решён",
                    ],
                },
            ),
            ("heading", {"text": "Три опоры: надёжность, отзывчивость, уважение", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Шесть факторов удобно свести к трём опорам. Они одинаково подходят и "
                    "коммерческой компании, и государственной или муниципальной организации, где "
                    "порядок и сроки важны не меньше, чем в бизнесе.</p><p>Каждую опору можно "
                    "превратить в измеримую цель, а затем регулярно сравнивать две оценки: как "
                    "работу компании видим мы сами и как её видят клиенты.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Надёжность",
                    "rule": (
                        "Мы выполняем всё, что пообещали клиенту, и в согласованный срок. Если не "
                        "уверены, что успеем, — не обещаем, а называем срок, в котором уверены."
                    ),
                    "why": (
                        "Одно нарушенное обещание перечёркивает десяток выполненных. Клиент, "
                        "которому можно верить на слово, не ищет запасной вариант у конкурентов."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Отзывчивость",
                    "rule": (
                        "Мы реагируем на обращение сразу: замечаем клиента, отвечаем на звонки и "
                        "сообщения в установленное время и предлагаем помощь, не дожидаясь просьбы."
                    ),
                    "why": (
                        "Ожидание без внимания раздражает сильнее, чем само ожидание. Быстрый "
                        "отклик показывает клиенту, что он нам важен."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Уважение",
                    "rule": (
                        "Мы говорим с клиентом как с партнёром: спокойно, без поучений и без "
                        "спора, бережём его время и не обсуждаем при нём внутренние проблемы "
                        "компании."
                    ),
                    "why": (
                        "Клиент запоминает не только результат, но и то, как с ним обращались. "
                        "Неуважение он не прощает даже при безупречно выполненной работе."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Как перевести опоры в цифры",
                    "text": (
                        "Для каждой опоры договоритесь об одном понятном показателе: доля заказов, "
                        "выполненных в срок; время ответа на звонок и сообщение; доля обращений "
                        "без жалоб на тон. Сравнивайте свою оценку с оценкой клиентов из опросов — "
                        "расхождение покажет, где вы себя переоцениваете."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-commitment-and-resources",
        "title": "Принципы 1–6: обязательства, люди, ресурсы",
        "intro": (
            "Современный сервис строится на одиннадцати принципах. Первые шесть отвечают на "
            "вопрос, кто отвечает за качество обслуживания и что ему для этого нужно."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Одиннадцать принципов обслуживания — это договорённость о том, как "
                    "компания в целом относится к клиентам. Первые шесть описывают условия: "
                    "обязательства, людей и ресурсы. Остальные пять, о которых пойдёт речь в "
                    "следующем уроке, описывают, как система сервиса замечает свои ошибки и "
                    "становится лучше.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "1. Принятие обязательств",
                    "rule": (
                        "Качественное обслуживание клиентов — главная цель сотрудников на всех "
                        "уровнях компании. Первыми это обязательство берут на себя руководители."
                    ),
                    "why": (
                        "Сотрудники делают то, что видят у руководства, а не то, что написано в "
                        "приказе. Если директор проходит мимо ожидающего клиента, никакой "
                        "регламент не заставит продавца остановиться."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "2. Надёжность",
                    "rule": (
                        "Все обязательства перед клиентом выполняются, а услуги оказываются в "
                        "согласованные сроки. Телефоны, сайт, учётные и другие системы, через "
                        "которые клиент с нами связывается, работают без сбоев и имеют запасной "
                        "вариант."
                    ),
                    "why": (
                        "Клиенту неважно, почему не работает линия или «упала программа»: для него "
                        "это компания, на которую нельзя положиться."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "3. Сервис во всём",
                    "rule": (
                        "Система обслуживания охватывает все направления работы компании, а не "
                        "только отделы, которые напрямую общаются с клиентами."
                    ),
                    "why": (
                        "Клиент судит о компании по самому слабому звену: безупречная продажа не "
                        "спасёт, если счёт выставлен с ошибкой, а доставка опоздала."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "4. Компетентность",
                    "rule": (
                        "С клиентами работают подготовленные сотрудники, которые владеют нужными "
                        "знаниями и навыками и умеют применять их на практике. Их работу регулярно "
                        "проверяют и помогают им расти."
                    ),
                    "why": (
                        "Клиент приходит за решением. Вежливый, но некомпетентный сотрудник "
                        "отнимает у него время и подрывает доверие ко всей компании."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "5. Ответственность",
                    "rule": (
                        "За каждый участок работы с клиентами определён ответственный. У "
                        "назначенных сотрудников есть полномочия и ресурсы, чтобы действовать, а "
                        "за решение проблем клиентов отвечает как минимум один конкретный человек."
                    ),
                    "why": (
                        "Когда отвечают «все», не отвечает никто: клиента передают из отдела в "
                        "отдел, и его вопрос теряется."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "6. Ресурсы",
                    "rule": (
                        "Компания выделяет на сервис всё необходимое: людей, время, оборудование, "
                        "транспорт и бюджет."
                    ),
                    "why": (
                        "Требовать высокий уровень обслуживания, не дав для него средств, "
                        "бесполезно: результата не будет, а сотрудники перестанут верить "
                        "стандартам."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Доставка «на следующий день», которой не было",
                    "story": (
                        "Менеджеры обещали клиентам доставку на следующий день, и руководитель на "
                        "каждой планёрке требовал от логистов держать этот срок. Но на весь город "
                        "у компании было две машины. Сроки продолжали срываться, клиенты "
                        "жаловались, а водители работали без выходных и один за другим увольнялись."
                    ),
                    "lesson": (
                        "Стандарт без ресурсов остаётся лозунгом. Сначала нужно обеспечить людей, "
                        "транспорт и время, а уже потом требовать результат — и обещать клиенту "
                        "только то, что компания действительно может выполнить."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "У проблемы должно быть имя",
                    "text": (
                        "Фраза «этим занимается отдел» — не ответ. У каждой проблемы клиента "
                        "должен быть конкретный человек, который её ведёт, и клиент должен знать "
                        "его имя или номер своего обращения."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-system-that-learns",
        "title": "Принципы 7–11: система, которая учится",
        "intro": (
            "Вторая половина принципов превращает отдельные удачи в систему: проблемы находят и "
            "разбирают, отзывы клиентов доходят до сотрудников, а информация — до всех, кому она "
            "нужна."
        ),
        "body": [
            ("heading", {"text": "Пять принципов развития сервиса", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>7. Выявление проблем.</b> Мы систематически ищем и разбираем "
                    "трудности, с которыми сталкиваются клиенты, во всех направлениях работы — а "
                    "не ждём крупной жалобы.</li><li><b>8. Качество — общее дело.</b> Каждый "
                    "сотрудник участвует в обеспечении и анализе качества обслуживания. Мы "
                    "учитываем, что ожидания клиентов меняются и растут.</li><li><b>9. Обратная "
                    "связь.</b> У клиента есть несколько каналов, чтобы высказаться, а выводы из "
                    "отзывов обязательно доводятся до сотрудников.</li><li><b>10. Постоянное "
                    "улучшение.</b> Уровень сервиса должен соответствовать ожиданиям клиентов или "
                    "превышать их, поэтому его регулярно пересматривают и повышают.</li><li><b>11. "
                    "Внутренний обмен информацией.</b> Коллеги — внутренние клиенты друг друга. "
                    "Монтажник должен знать, что пообещал продавец, а бухгалтер — о чём "
                    "договорился менеджер.</li></ul>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Клиент столкнулся с проблемой",
                    "situation": (
                        "Клиент сообщает о сбое, задержке или ошибке — лично, по телефону или в "
                        "чате. Порядок действий одинаков для всех отделов."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Выслушайте клиента до конца, не перебивая, и перескажите суть "
                                "своими словами."
                            ),
                            "phrase": (
                                "Правильно ли я понимаю: заказ должен был приехать вчера, но его "
                                "до сих пор нет?"
                            ),
                        },
                        {
                            "action": (
                                "Извинитесь за неудобство — без оправданий и без поиска виноватых."
                            ),
                            "phrase": "Прошу прощения, что так получилось. Сейчас разберусь.",
                        },
                        {
                            "action": "Назовите себя и возьмите вопрос на себя.",
                            "phrase": "Меня зовут Анна, я буду вести ваш вопрос до решения.",
                        },
                        {
                            "action": (
                                "Уточните недостающие сведения — только те, которых ещё нет в "
                                "системе."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Предложите решение или несколько вариантов и согласуйте реальный "
                                "срок."
                            ),
                            "phrase": (
                                "Могу предложить два варианта: привезти заказ завтра с 10 до 12 "
                                "или сегодня после 19:00. Как вам удобнее?"
                            ),
                        },
                        {
                            "action": (
                                "Зафиксируйте обращение и сообщите о нём коллегам, которых оно "
                                "касается."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Выполните обещанное, сообщите клиенту результат и уточните, всё "
                                "ли в порядке."
                            ),
                            "phrase": (
                                "Иван Петрович, это Анна. Заказ доставлен — всё ли в порядке?"
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Как говорить о проблеме клиента",
                    "context": (
                        "По словам сотрудника сразу слышно, берёт ли он ответственность на себя "
                        "или перекладывает её на других."
                    ),
                    "pairs": [
                        {
                            "avoid": "Это не ко мне, звоните в сервис.",
                            "use": "Я сам передам ваш вопрос в сервис и перезвоню вам до 17:00.",
                            "why": (
                                "Клиент не должен искать ответственного: это делает тот, к кому он "
                                "обратился."
                            ),
                        },
                        {
                            "avoid": "У нас так не положено.",
                            "use": "Так сделать не получится, но могу предложить другой вариант.",
                            "why": (
                                "Отказ без альтернативы звучит как равнодушие, а вариант "
                                "показывает желание помочь."
                            ),
                        },
                        {
                            "avoid": "Вы, наверное, что-то не так сделали.",
                            "use": "Давайте вместе посмотрим, на каком шаге возникла ошибка.",
                            "why": (
                                "Поиск виноватого злит клиента, а совместный разбор успокаивает и "
                                "ускоряет решение."
                            ),
                        },
                        {
                            "avoid": "Постараемся как-нибудь побыстрее.",
                            "use": (
                                "Мастер приедет завтра с 10 до 12 и позвонит вам за час до приезда."
                            ),
                            "why": (
                                "Конкретный срок — это обещание, которое можно проверить. На нём "
                                "держится надёжность."
                            ),
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "title": "Внутренний клиент",
                    "do": [
                        (
                            "Передавайте коллегам всё, что пообещали клиенту: сроки, условия, "
                            "особые пожелания"
                        ),
                        (
                            "Отвечайте на запросы коллег так же быстро и вежливо, как на запросы "
                            "клиентов"
                        ),
                        "Рассказывайте на планёрках, на что клиенты жаловались чаще всего",
                    ],
                    "dont": [
                        "Рассчитывать, что «там и так всё знают»",
                        "Скрывать жалобы клиентов, чтобы не портить показатели отдела",
                        "Обсуждать при клиенте ошибки другого отдела",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Как компания внедряет эти принципы",
                    "text": (
                        "Для этого собирают рабочую группу из сотрудников разных филиалов и "
                        "отделов, публикуют правила обслуживания в общем электронном документе и "
                        "превращают их в единые стандарты для всех подразделений. Этот курс — "
                        "часть такой работы."
                    ),
                },
            ),
            ("heading", {"text": "Критерии правильных действий", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Клиентский сервис в любом отделе",
                    "criteria": [
                        {
                            "code": "listens-without-interrupting",
                            "text": (
                                "Выслушивает клиента до конца и пересказывает суть своими словами"
                            ),
                        },
                        {
                            "code": "apologises-without-excuses",
                            "text": "Извиняется за неудобство, не оправдываясь и не обвиняя коллег",
                        },
                        {
                            "code": "takes-ownership",
                            "text": (
                                "Называет себя и берёт вопрос на себя, а не отправляет клиента в "
                                "другой отдел"
                            ),
                        },
                        {
                            "code": "gives-concrete-deadline",
                            "text": (
                                "Называет конкретный срок и соблюдает его; при задержке "
                                "предупреждает заранее"
                            ),
                        },
                        {
                            "code": "offers-options",
                            "text": "Предлагает решение или несколько вариантов на выбор",
                        },
                        {
                            "code": "keeps-respectful-tone",
                            "text": (
                                "Сохраняет спокойный и уважительный тон, даже если клиент раздражён"
                            ),
                        },
                        {
                            "code": "informs-colleagues",
                            "text": (
                                "Фиксирует обращение и передаёт информацию коллегам, которых оно "
                                "касается"
                            ),
                        },
                        {
                            "code": "confirms-result",
                            "text": "Сообщает клиенту результат и уточняет, решена ли проблема",
                        },
                    ],
                },
            ),
        ],
    },
]

LESSONS_DE = [
    {
        "slug": "why-service-matters",
        "title": "Warum Service sich lohnt",
        "intro": (
            "Guter Service ist keine Höflichkeit um der Höflichkeit willen, sondern der Weg, "
            "Kunden zu halten und Umsatz zu machen. Wir sehen uns an, wie genau aus Service Ertrag "
            "wird."
        ),
        "body": [
            ("heading", {"text": "Drei Ertragsquellen guten Services", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Fachleute der Harvard Business School beschreiben den Nutzen guten "
                    "Services mit drei englischen Begriffen, die alle mit R beginnen – daher der "
                    "Name „3R“:</p><ul><li><b>Retention – Kundenbindung.</b> Wer gut betreut "
                    "wurde, kommt wieder, statt zur Konkurrenz zu wechseln.</li><li><b>Related "
                    "sales – Zusatzverkäufe.</b> Wer uns vertraut, kauft gern weitere Produkte und "
                    "Leistungen dazu.</li><li><b>Referrals – Empfehlungen.</b> Zufriedene Kunden "
                    "schicken uns Bekannte und Kollegen.</li></ul><p>Alle drei Quellen sprudeln "
                    "nur, wenn der Kunde mit einem guten Eindruck geht. Ein einziger achtloser "
                    "Satz kann sie alle auf einmal versiegen lassen.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Service ist Sache aller",
                    "text": (
                        "Früher galt Kundenbetreuung als Aufgabe von Verkauf und Hotline. Heute "
                        "begegnet der Kunde dem Unternehmen überall: in der Rechnung der "
                        "Buchhaltung, am Telefon des Sekretariats, bei Lieferung und Montage. Jede "
                        "dieser Begegnungen stärkt die „3R“ – oder schwächt sie."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Es dauert zwanzig Jahre, einen guten Ruf aufzubauen, und fünf Minuten, "
                        "ihn zu ruinieren."
                    ),
                    "attribution": "Warren Buffett, Investor",
                },
            ),
            (
                "heading",
                {
                    "text": "Was ein einheitlicher Servicestandard dem Unternehmen bringt",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Unternehmen, die ihre Serviceregeln festgehalten und allen Mitarbeitenden "
                    "beigebracht haben, erzielen messbare Ergebnisse:</p><ul><li>Kunden bleiben "
                    "öfter und kaufen wieder;</li><li>neue Kunden kommen auf Empfehlung, das "
                    "Werbebudget sinkt;</li><li>es gibt weniger Beschwerden, und ihre Bearbeitung "
                    "kostet weniger Zeit und Geld;</li><li>jeder weiß, was zu tun ist, deshalb "
                    "geht die Betreuung schneller;</li><li>das Unternehmen hält "
                    "Verbraucherschutzrecht und die Regeln des fairen Wettbewerbs zuverlässig "
                    "ein;</li><li>neue Leistungen lassen sich leichter anbieten, weil die Kunden "
                    "dem Unternehmen bereits vertrauen.</li></ul>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Service denkt voraus",
                    "rule": (
                        "Wir bereiten uns auf schwierige Situationen vor: Antworten auf typische "
                        "Fragen und Beschwerden – auch auf sehr anspruchsvolle – überlegen wir "
                        "uns, bevor der Kunde sie stellt."
                    ),
                    "why": (
                        "Der Kunde merkt, dass das Unternehmen auf ihn vorbereitet ist und nicht "
                        "improvisiert. Eine vorbereitete Antwort klingt ruhiger, kommt schneller "
                        "und ist seltener falsch als eine, die unter Druck entsteht."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Ein Anruf, der neue Kunden brachte",
                    "story": (
                        "Ein Kunde eines Internetanbieters in der russischen Stadt Kirow versuchte "
                        "zwei Abende lang, sein WLAN selbst einzurichten. Schließlich gab er auf "
                        "und rief beim Support an – gereizt und alles andere als höflich. Die "
                        "Mitarbeiterin antwortete nicht im selben Ton: Sie fragte ruhig nach, was "
                        "er schon versucht hatte, bot mehrere Lösungen an und einen "
                        "Technikerbesuch zu einer Zeit, die ihm passte. Seitdem erzählt dieser "
                        "Kunde allen Bekannten, dass es keinen besseren Anbieter in der Stadt gibt."
                    ),
                    "lesson": (
                        "Ein einziges gut geführtes Gespräch hat alle drei „R“ bedient: Der Kunde "
                        "ist geblieben, vertraut dem Unternehmen und wirbt kostenlos neue Kunden. "
                        "Werbung mit dieser Wirkung kann man nicht kaufen."
                    ),
                    "outcome": "good",
                },
            ),
        ],
    },
    {
        "slug": "what-customers-value",
        "title": "Was Kunden wichtig ist",
        "intro": (
            "Sechs Faktoren, nach denen Kunden Service beurteilen, und die drei Säulen, auf die "
            "sie sich zurückführen lassen: Zuverlässigkeit, Ansprechbarkeit und Respekt."
        ),
        "body": [
            ("heading", {"text": "Sechs Faktoren der Servicequalität", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Das britische Institute of Customer Service nennt sechs Faktoren, die das "
                    "Urteil der Kunden am stärksten prägen:</p><ol><li><b>Pünktlichkeit</b> – die "
                    "Leistung kommt zum zugesagten Zeitpunkt, niemand wartet ohne "
                    "Erklärung.</li><li><b>Erscheinungsbild</b> – gepflegte Mitarbeitende, ein "
                    "sauberer Arbeitsplatz, ordentliche Unterlagen.</li><li><b>Höflichkeit und "
                    "Fairness</b> – ein respektvoller Ton und ehrliches Verhalten in jeder "
                    "Lage.</li><li><b>Qualität und Wirksamkeit</b> – die Arbeit ist richtig "
                    "gemacht und bringt dem Kunden das gewünschte "
                    "Ergebnis.</li><li><b>Erreichbarkeit</b> – die Leistung ist leicht zu "
                    "bekommen: klar, an wen man sich wendet, ohne "
                    "Umwege.</li><li><b>Problemlösung</b> – läuft etwas schief, hilft man dem "
                    "Kunden, die Sache zu Ende zu bringen.</li></ol>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "Die sechs Faktoren im Arbeitsalltag",
                    "do": [
                        (
                            "Nennen Sie einen realistischen Termin und melden Sie sich "
                            "rechtzeitig, wenn er sich verschiebt"
                        ),
                        (
                            "Achten Sie auf Dienstkleidung, Namensschild und Ordnung an "
                            "Schreibtisch, Verkaufsfläche oder Fahrzeug"
                        ),
                        (
                            "Grüßen Sie zuerst und bleiben Sie respektvoll, auch wenn der Kunde "
                            "verärgert ist"
                        ),
                        "Prüfen Sie Ihr Arbeitsergebnis, bevor Sie es dem Kunden übergeben",
                        (
                            "Erklären Sie, wohin sich der Kunde wenden kann – oder geben Sie die "
                            "Frage selbst an die Kollegin weiter"
                        ),
                        (
                            "Bringen Sie das Problem des Kunden zur Lösung oder zu einer konkret "
                            "zuständigen Person"
                        ),
                    ],
                    "dont": [
                        "„Geht ganz schnell“ versprechen, ohne den Termin zu kennen",
                        (
                            "Den Kunden in verschmutzter Arbeitskleidung oder an einem mit Papier "
                            "überhäuften Tisch empfangen"
                        ),
                        "Diskutieren, belehren oder Ungeduld zeigen",
                        "Arbeit „so, wie sie ist“ abgeben und hoffen, dass es keiner merkt",
                        (
                            "Den Kunden „in eine andere Abteilung“ schicken, ohne Namen und "
                            "Telefonnummer zu nennen"
                        ),
                        "Das Gespräch beenden, solange das Anliegen ungelöst ist",
                    ],
                },
            ),
            (
                "heading",
                {"text": "Drei Säulen: Zuverlässigkeit, Ansprechbarkeit, Respekt", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Die sechs Faktoren lassen sich auf drei Säulen zurückführen. Sie passen "
                    "für ein Unternehmen ebenso wie für eine Behörde oder kommunale Einrichtung, "
                    "in der Verfahren und Fristen nicht weniger zählen als in der "
                    "Wirtschaft.</p><p>Jede Säule lässt sich in ein messbares Ziel übersetzen. "
                    "Dann vergleicht man regelmäßig zwei Bewertungen: wie wir unsere Arbeit selbst "
                    "sehen und wie die Kunden sie sehen.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Zuverlässigkeit",
                    "rule": (
                        "Wir halten alles, was wir dem Kunden versprochen haben, und zwar zum "
                        "vereinbarten Termin. Sind wir nicht sicher, ob wir es schaffen, "
                        "versprechen wir es nicht, sondern nennen einen Termin, den wir sicher "
                        "halten."
                    ),
                    "why": (
                        "Ein gebrochenes Versprechen wiegt zehn gehaltene auf. Ein Kunde, der sich "
                        "auf unser Wort verlassen kann, sucht keinen Plan B bei der Konkurrenz."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Ansprechbarkeit",
                    "rule": (
                        "Wir reagieren sofort: Wir nehmen den Kunden wahr, beantworten Anrufe und "
                        "Nachrichten in der festgelegten Zeit und bieten Hilfe an, bevor man uns "
                        "darum bittet."
                    ),
                    "why": (
                        "Warten ohne Beachtung ärgert mehr als das Warten selbst. Eine schnelle "
                        "Reaktion zeigt dem Kunden, dass er uns wichtig ist."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Respekt",
                    "rule": (
                        "Wir sprechen mit dem Kunden wie mit einem Partner: ruhig, ohne Belehrung "
                        "und ohne Streit. Wir gehen sorgsam mit seiner Zeit um und besprechen "
                        "interne Probleme nicht vor ihm."
                    ),
                    "why": (
                        "Der Kunde merkt sich nicht nur das Ergebnis, sondern auch, wie man ihn "
                        "behandelt hat. Respektlosigkeit verzeiht er selbst bei tadelloser Arbeit "
                        "nicht."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "So werden die Säulen messbar",
                    "text": (
                        "Vereinbaren Sie für jede Säule eine verständliche Kennzahl: Anteil der "
                        "pünktlich erledigten Aufträge; Antwortzeit bei Anrufen und Nachrichten; "
                        "Anteil der Kontakte ohne Beschwerde über den Ton. Vergleichen Sie Ihre "
                        "eigene Einschätzung mit den Ergebnissen von Kundenbefragungen – die "
                        "Abweichung zeigt, wo Sie sich überschätzen."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-commitment-and-resources",
        "title": "Grundsätze 1–6: Verpflichtung, Menschen, Ressourcen",
        "intro": (
            "Moderner Kundenservice beruht auf elf Grundsätzen. Die ersten sechs klären, wer für "
            "die Servicequalität verantwortlich ist und was er dafür braucht."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Die elf Grundsätze des Kundenservice beschreiben, wie das Unternehmen als "
                    "Ganzes mit seinen Kunden umgeht. Die ersten sechs betreffen die "
                    "Voraussetzungen: Verpflichtung, Menschen und Ressourcen. Die übrigen fünf, um "
                    "die es in der nächsten Lektion geht, beschreiben, wie ein Servicesystem seine "
                    "Fehler erkennt und besser wird.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "1. Verpflichtung",
                    "rule": (
                        "Guter Kundenservice ist das wichtigste Ziel der Mitarbeitenden auf allen "
                        "Ebenen. Die Führungskräfte gehen diese Verpflichtung als Erste ein."
                    ),
                    "why": (
                        "Mitarbeitende tun, was sie bei ihren Vorgesetzten sehen, nicht was in "
                        "einer Anweisung steht. Geht die Geschäftsführerin an einem wartenden "
                        "Kunden vorbei, bringt keine Richtlinie den Verkäufer dazu, stehen zu "
                        "bleiben."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "2. Zuverlässigkeit",
                    "rule": (
                        "Alle Verpflichtungen gegenüber dem Kunden werden erfüllt, alle Leistungen "
                        "zum vereinbarten Termin erbracht. Telefon, Website, Buchhaltungs- und "
                        "andere Systeme, über die der Kunde mit uns in Kontakt steht, laufen "
                        "stabil und haben eine Ausweichlösung."
                    ),
                    "why": (
                        "Dem Kunden ist egal, warum die Leitung tot oder „das Programm abgestürzt“ "
                        "ist: Für ihn ist das ein Unternehmen, auf das man sich nicht verlassen "
                        "kann."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "3. Service überall",
                    "rule": (
                        "Das Servicesystem umfasst alle Bereiche des Unternehmens, nicht nur die "
                        "Abteilungen, die direkt mit Kunden sprechen."
                    ),
                    "why": (
                        "Der Kunde beurteilt das Unternehmen nach dem schwächsten Glied: Ein "
                        "perfekter Verkauf nützt wenig, wenn die Rechnung falsch ist und die "
                        "Lieferung zu spät kommt."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "4. Kompetenz",
                    "rule": (
                        "Mit Kunden arbeiten gut ausgebildete Mitarbeitende, die das nötige Wissen "
                        "und Können haben und es in der Praxis anwenden. Ihre Arbeit wird "
                        "regelmäßig überprüft, und sie werden in ihrer Entwicklung unterstützt."
                    ),
                    "why": (
                        "Der Kunde kommt wegen einer Lösung. Eine höfliche, aber inkompetente "
                        "Betreuung kostet ihn Zeit und untergräbt das Vertrauen in das ganze "
                        "Unternehmen."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "5. Verantwortung",
                    "rule": (
                        "Für jeden Bereich der Kundenbetreuung ist festgelegt, wer verantwortlich "
                        "ist. Die Zuständigen haben die Befugnisse und Mittel, um zu handeln, und "
                        "für die Lösung von Kundenproblemen ist mindestens eine konkrete Person "
                        "verantwortlich."
                    ),
                    "why": (
                        "Wenn „alle“ zuständig sind, ist es niemand: Der Kunde wird von Abteilung "
                        "zu Abteilung weitergereicht, und sein Anliegen geht verloren."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "6. Ressourcen",
                    "rule": (
                        "Das Unternehmen stellt für den Service bereit, was gebraucht wird: "
                        "Personal, Zeit, Ausstattung, Fahrzeuge und Budget."
                    ),
                    "why": (
                        "Hohe Servicequalität zu verlangen, ohne die Mittel dafür bereitzustellen, "
                        "ist sinnlos: Das Ergebnis bleibt aus, und die Mitarbeitenden verlieren "
                        "den Glauben an Standards."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Die Lieferung „am nächsten Tag“, die es nie gab",
                    "story": (
                        "Der Vertrieb versprach den Kunden Lieferung am nächsten Tag, und der "
                        "Vorgesetzte forderte in jeder Besprechung von der Logistik, diesen Termin "
                        "zu halten. Für die ganze Stadt hatte das Unternehmen aber nur zwei "
                        "Fahrzeuge. Die Termine platzten weiter, die Kunden beschwerten sich, und "
                        "die Fahrer arbeiteten ohne freie Tage und kündigten einer nach dem "
                        "anderen."
                    ),
                    "lesson": (
                        "Ein Standard ohne Ressourcen bleibt ein Slogan. Zuerst müssen Personal, "
                        "Fahrzeuge und Zeit bereitstehen, erst dann kann man Ergebnisse verlangen "
                        "– und dem Kunden nur versprechen, was das Unternehmen wirklich leisten "
                        "kann."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Jedes Problem braucht einen Namen",
                    "text": (
                        "„Darum kümmert sich die Abteilung“ ist keine Antwort. Für jedes "
                        "Kundenproblem muss es eine konkrete Person geben, die es bearbeitet, und "
                        "der Kunde muss ihren Namen oder seine Vorgangsnummer kennen."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-system-that-learns",
        "title": "Grundsätze 7–11: ein System, das lernt",
        "intro": (
            "Die zweite Hälfte der Grundsätze macht aus einzelnen Glücksfällen ein System: "
            "Probleme werden erkannt und ausgewertet, Kundenfeedback erreicht die Mitarbeitenden, "
            "Informationen erreichen alle, die sie brauchen."
        ),
        "body": [
            (
                "heading",
                {"text": "Fünf Grundsätze für die Weiterentwicklung des Service", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<ul><li><b>7. Probleme erkennen.</b> Wir suchen und analysieren systematisch "
                    "die Schwierigkeiten, auf die Kunden in allen Bereichen stoßen – statt auf die "
                    "große Beschwerde zu warten.</li><li><b>8. Qualität ist Sache aller.</b> Alle "
                    "Mitarbeitenden wirken an der Sicherung und Auswertung der Servicequalität "
                    "mit. Dabei berücksichtigen wir, dass sich die Erwartungen der Kunden "
                    "verändern und steigen.</li><li><b>9. Feedback.</b> Kunden haben mehrere Wege, "
                    "sich zu äußern, und die Erkenntnisse aus ihren Rückmeldungen erreichen "
                    "verbindlich die Mitarbeitenden.</li><li><b>10. Ständige Verbesserung.</b> Der "
                    "Service soll die Erwartungen der Kunden erfüllen oder übertreffen; deshalb "
                    "wird er regelmäßig überprüft und verbessert.</li><li><b>11. Interner "
                    "Informationsaustausch.</b> Kolleginnen und Kollegen sind interne Kunden "
                    "füreinander. Der Monteur muss wissen, was der Verkäufer versprochen hat, und "
                    "die Buchhaltung, was der Vertrieb vereinbart hat.</li></ul>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Der Kunde hat ein Problem",
                    "situation": (
                        "Ein Kunde meldet eine Störung, eine Verzögerung oder einen Fehler – "
                        "persönlich, am Telefon oder im Chat. Der Ablauf ist in allen Abteilungen "
                        "gleich."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Hören Sie den Kunden ohne Unterbrechung an und fassen Sie sein "
                                "Anliegen in eigenen Worten zusammen."
                            ),
                            "phrase": (
                                "Habe ich Sie richtig verstanden: Die Bestellung sollte gestern "
                                "kommen, ist aber bis heute nicht da?"
                            ),
                        },
                        {
                            "action": (
                                "Entschuldigen Sie sich für die Unannehmlichkeit – ohne Ausreden "
                                "und ohne Schuldige zu suchen."
                            ),
                            "phrase": "Das tut mir leid. Ich kümmere mich sofort darum.",
                        },
                        {
                            "action": "Nennen Sie Ihren Namen und übernehmen Sie das Anliegen.",
                            "phrase": (
                                "Mein Name ist Anna Weber, ich betreue Ihr Anliegen, bis es gelöst "
                                "ist."
                            ),
                        },
                        {
                            "action": (
                                "Fragen Sie nur nach Angaben, die noch nicht im System stehen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Schlagen Sie eine Lösung oder mehrere Möglichkeiten vor und "
                                "vereinbaren Sie einen realistischen Termin."
                            ),
                            "phrase": (
                                "Ich kann Ihnen zwei Möglichkeiten anbieten: Lieferung morgen "
                                "zwischen 10 und 12 Uhr oder heute nach 19 Uhr. Was passt Ihnen "
                                "besser?"
                            ),
                        },
                        {
                            "action": (
                                "Dokumentieren Sie den Vorgang und informieren Sie die Kolleginnen "
                                "und Kollegen, die es betrifft."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Halten Sie Ihr Versprechen, melden Sie dem Kunden das Ergebnis "
                                "und fragen Sie, ob alles in Ordnung ist."
                            ),
                            "phrase": (
                                "Herr Hoffmann, hier ist Anna Weber. Ihre Bestellung ist "
                                "angekommen – ist alles in Ordnung?"
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Wie man über das Problem des Kunden spricht",
                    "context": (
                        "An der Wortwahl hört man sofort, ob jemand Verantwortung übernimmt oder "
                        "sie weiterschiebt."
                    ),
                    "pairs": [
                        {
                            "avoid": "Dafür bin ich nicht zuständig, rufen Sie den Service an.",
                            "use": (
                                "Ich gebe Ihr Anliegen selbst an den Service weiter und rufe Sie "
                                "bis 17 Uhr zurück."
                            ),
                            "why": (
                                "Der Kunde soll nicht selbst nach dem Zuständigen suchen – das "
                                "übernimmt, wen er angesprochen hat."
                            ),
                        },
                        {
                            "avoid": "Das machen wir grundsätzlich nicht.",
                            "use": (
                                "So geht es leider nicht, aber ich kann Ihnen eine andere "
                                "Möglichkeit anbieten."
                            ),
                            "why": (
                                "Eine Absage ohne Alternative klingt gleichgültig, ein Vorschlag "
                                "zeigt den Willen zu helfen."
                            ),
                        },
                        {
                            "avoid": "Da haben Sie wohl etwas falsch gemacht.",
                            "use": (
                                "Schauen wir gemeinsam, an welcher Stelle der Fehler aufgetreten "
                                "ist."
                            ),
                            "why": (
                                "Die Suche nach Schuldigen ärgert den Kunden, die gemeinsame "
                                "Analyse beruhigt und beschleunigt die Lösung."
                            ),
                        },
                        {
                            "avoid": "Wir versuchen, das irgendwie schnell zu machen.",
                            "use": (
                                "Der Techniker kommt morgen zwischen 10 und 12 Uhr und ruft Sie "
                                "eine Stunde vorher an."
                            ),
                            "why": (
                                "Ein konkreter Termin ist ein überprüfbares Versprechen. Darauf "
                                "beruht Zuverlässigkeit."
                            ),
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "title": "Der interne Kunde",
                    "do": [
                        (
                            "Geben Sie Kollegen alles weiter, was dem Kunden versprochen wurde: "
                            "Termine, Bedingungen, besondere Wünsche"
                        ),
                        (
                            "Beantworten Sie Anfragen aus dem Team so schnell und freundlich wie "
                            "Kundenanfragen"
                        ),
                        (
                            "Berichten Sie in Teambesprechungen, worüber sich Kunden am häufigsten "
                            "beschwert haben"
                        ),
                    ],
                    "dont": [
                        "Sich darauf verlassen, dass „die das schon wissen“",
                        (
                            "Kundenbeschwerden verschweigen, um die Kennzahlen der Abteilung zu "
                            "schonen"
                        ),
                        "Fehler einer anderen Abteilung vor dem Kunden besprechen",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Wie ein Unternehmen diese Grundsätze einführt",
                    "text": (
                        "Dazu wird eine Arbeitsgruppe aus Mitarbeitenden verschiedener Standorte "
                        "und Abteilungen gebildet, die Serviceregeln werden in einem gemeinsamen "
                        "digitalen Dokument veröffentlicht und in einheitliche Standards für alle "
                        "Bereiche übersetzt. Dieser Kurs ist Teil dieser Arbeit."
                    ),
                },
            ),
            ("heading", {"text": "Kriterien für richtiges Handeln", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Kundenservice in jeder Abteilung",
                    "criteria": [
                        {
                            "code": "listens-without-interrupting",
                            "text": (
                                "Hört den Kunden bis zum Ende an und fasst sein Anliegen in "
                                "eigenen Worten zusammen"
                            ),
                        },
                        {
                            "code": "apologises-without-excuses",
                            "text": (
                                "Entschuldigt sich für die Unannehmlichkeit, ohne Ausreden und "
                                "ohne Kollegen zu beschuldigen"
                            ),
                        },
                        {
                            "code": "takes-ownership",
                            "text": (
                                "Nennt den eigenen Namen und übernimmt das Anliegen, statt den "
                                "Kunden weiterzuschicken"
                            ),
                        },
                        {
                            "code": "gives-concrete-deadline",
                            "text": (
                                "Nennt einen konkreten Termin und hält ihn; meldet Verzögerungen "
                                "rechtzeitig"
                            ),
                        },
                        {
                            "code": "offers-options",
                            "text": "Bietet eine Lösung oder mehrere Möglichkeiten zur Auswahl an",
                        },
                        {
                            "code": "keeps-respectful-tone",
                            "text": (
                                "Bleibt ruhig und respektvoll, auch wenn der Kunde verärgert ist"
                            ),
                        },
                        {
                            "code": "informs-colleagues",
                            "text": (
                                "Dokumentiert den Vorgang und informiert die betroffenen "
                                "Kolleginnen und Kollegen"
                            ),
                        },
                        {
                            "code": "confirms-result",
                            "text": (
                                "Meldet dem Kunden das Ergebnis und fragt nach, ob das Problem "
                                "gelöst ist"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

LESSONS_EN = [
    {
        "slug": "why-service-matters",
        "title": "Why service matters to the business",
        "intro": (
            "Good service is not politeness for its own sake; it is how we keep customers and earn "
            "money. Let us look at exactly how service turns into revenue."
        ),
        "body": [
            ("heading", {"text": "Three ways good service earns money", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Researchers at Harvard Business School sum up the payoff of good service "
                    "in three words that begin with R — hence the name "
                    "“3Rs”:</p><ul><li><b>Retention.</b> A customer who was served well comes back "
                    "instead of going to a competitor.</li><li><b>Related sales.</b> A customer "
                    "who trusts us is happy to buy additional products and "
                    "services.</li><li><b>Referrals.</b> A satisfied customer sends us friends and "
                    "colleagues.</li></ul><p>All three only work if the customer leaves with a "
                    "good impression. One careless remark can wipe out all three at once.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Service is everyone’s job",
                    "text": (
                        "Customer service used to be seen as the job of sales staff and "
                        "call-centre agents. Today customers meet the company everywhere: in an "
                        "invoice from accounts, on the phone with a secretary, at delivery and "
                        "installation. Every one of those moments either strengthens the 3Rs or "
                        "undermines them."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "It takes twenty years to build a reputation and five minutes to ruin it."
                    ),
                    "attribution": "Warren Buffett, investor",
                },
            ),
            (
                "heading",
                {"text": "What a common service standard gives the company", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Companies that have written down their service rules and trained every "
                    "employee in them see measurable results:</p><ul><li>customers stay longer and "
                    "buy again;</li><li>new customers arrive through recommendations, so less "
                    "money goes on advertising;</li><li>there are fewer complaints, and handling "
                    "them takes less time and money;</li><li>everyone knows what to do, so service "
                    "is faster;</li><li>the company reliably complies with consumer-protection law "
                    "and the rules of fair competition;</li><li>new services are easier to offer "
                    "because customers already trust the company.</li></ul>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Service thinks ahead",
                    "rule": (
                        "We prepare for difficult situations in advance: we work out answers to "
                        "typical questions and complaints — including the most demanding ones — "
                        "before a customer raises them."
                    ),
                    "why": (
                        "Customers can tell when a company is ready for them rather than "
                        "improvising. An answer prepared in advance sounds calmer, comes faster "
                        "and is less often wrong than one made up under pressure."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "The call that brought in new customers",
                    "story": (
                        "A customer of an internet provider in the Russian city of Kirov spent two "
                        "evenings trying to set up his wi-fi, gave up and rang support — irritated "
                        "and far from polite. The agent did not answer sharpness with sharpness. "
                        "She calmly asked what he had already tried, offered several solutions and "
                        "a visit from a technician at a time that suited him. Ever since, he has "
                        "been telling everyone he knows that there is no better provider in town."
                    ),
                    "lesson": (
                        "One well-handled conversation served all three Rs: the customer stayed, "
                        "trusts the company and brings in new customers for free. You cannot buy "
                        "advertising that powerful."
                    ),
                    "outcome": "good",
                },
            ),
        ],
    },
    {
        "slug": "what-customers-value",
        "title": "What customers value",
        "intro": (
            "The six factors customers use to judge service, and the three pillars they come down "
            "to: reliability, responsiveness and respect."
        ),
        "body": [
            ("heading", {"text": "Six factors of service quality", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The UK’s Institute of Customer Service names six factors that shape "
                    "customers’ judgement most:</p><ol><li><b>Timeliness</b> — the service arrives "
                    "when promised, and nobody waits without an "
                    "explanation.</li><li><b>Appearance</b> — tidy staff, a clean workplace, neat "
                    "paperwork.</li><li><b>Courtesy and ethics</b> — a respectful tone and honest "
                    "behaviour in every situation.</li><li><b>Quality and effectiveness</b> — the "
                    "work is done right and gives the customer the result they "
                    "need.</li><li><b>Ease of access</b> — the service is easy to get: it is clear "
                    "whom to contact, with no going round in circles.</li><li><b>Problem "
                    "resolution</b> — if something goes wrong, the customer gets help to see it "
                    "through.</li></ol>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "The six factors in everyday work",
                    "do": [
                        "Give a realistic deadline and warn the customer early if it moves",
                        "Keep your uniform, name badge and desk, shop floor or van in order",
                        "Greet first and stay respectful even when the customer is annoyed",
                        "Check your work before you hand it over to the customer",
                        (
                            "Explain where to go — or better, pass the question to your colleague "
                            "yourself"
                        ),
                        (
                            "Take the customer’s problem through to a solution or to a named "
                            "person who owns it"
                        ),
                    ],
                    "dont": [
                        "Promise “we’ll be quick” without knowing the timescale",
                        "Meet the customer in dirty overalls or at a desk buried in paper",
                        "Argue, lecture or let your irritation show",
                        "Hand over work “as is” and hope the customer will not notice",
                        (
                            "Send the customer to “another department” without a name and a phone "
                            "number"
                        ),
                        "End the conversation while the customer’s issue is still unresolved",
                    ],
                },
            ),
            (
                "heading",
                {"text": "Three pillars: reliability, responsiveness, respect", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>The six factors can be reduced to three pillars. They suit a business just "
                    "as well as a government or municipal body, where procedures and deadlines "
                    "matter no less than in commerce.</p><p>Each pillar can be turned into a "
                    "measurable target. Then you regularly compare two assessments: how we see our "
                    "own work and how our customers see it.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Reliability",
                    "rule": (
                        "We do everything we have promised the customer, and by the agreed time. "
                        "If we are not sure we can make it, we do not promise; we give a deadline "
                        "we are sure of."
                    ),
                    "why": (
                        "One broken promise outweighs ten kept ones. A customer who can take us at "
                        "our word does not keep a backup option with a competitor."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Responsiveness",
                    "rule": (
                        "We respond at once: we notice the customer, answer calls and messages "
                        "within the agreed time and offer help before we are asked."
                    ),
                    "why": (
                        "Waiting without attention annoys people more than the wait itself. A "
                        "quick response shows customers that they matter to us."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Respect",
                    "rule": (
                        "We speak to the customer as a partner: calmly, without lecturing or "
                        "arguing. We value their time and do not discuss the company’s internal "
                        "problems in front of them."
                    ),
                    "why": (
                        "Customers remember not only the result but how they were treated. They do "
                        "not forgive disrespect, even when the work itself was flawless."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Turning the pillars into numbers",
                    "text": (
                        "Agree on one clear measure for each pillar: the share of orders completed "
                        "on time; the response time for calls and messages; the share of contacts "
                        "without a complaint about tone. Compare your own rating with what "
                        "customers say in surveys — the gap shows where you overrate yourselves."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-commitment-and-resources",
        "title": "Principles 1–6: commitment, people, resources",
        "intro": (
            "Modern customer service rests on eleven principles. The first six answer the question "
            "of who is responsible for service quality and what they need to deliver it."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The eleven principles of customer service describe how the company as a "
                    "whole treats its customers. The first six set out the conditions: commitment, "
                    "people and resources. The other five, covered in the next lesson, describe "
                    "how a service system notices its own mistakes and gets better.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "1. Commitment",
                    "rule": (
                        "Serving customers well is the main goal of employees at every level of "
                        "the company. Senior managers are the first to take on this commitment."
                    ),
                    "why": (
                        "People do what they see their managers do, not what is written in a memo. "
                        "If the director walks past a waiting customer, no policy will make a "
                        "salesperson stop."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "2. Reliability",
                    "rule": (
                        "Every commitment to the customer is kept and every service is delivered "
                        "on the agreed date. The phones, website, accounting and other systems "
                        "through which customers reach us run reliably and have a fallback."
                    ),
                    "why": (
                        "Customers do not care why the line is dead or “the system is down”: to "
                        "them it is simply a company they cannot rely on."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "3. Service throughout",
                    "rule": (
                        "The service system covers every part of the company’s work, not only the "
                        "departments that speak to customers directly."
                    ),
                    "why": (
                        "Customers judge the company by its weakest link: a flawless sale will not "
                        "save the day if the invoice is wrong and the delivery is late."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "4. Competence",
                    "rule": (
                        "Customers are served by trained people who have the knowledge and skills "
                        "they need and can apply them in practice. Their work is checked "
                        "regularly, and they get support to grow."
                    ),
                    "why": (
                        "Customers come for a solution. A polite but incompetent employee wastes "
                        "their time and undermines trust in the whole company."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "5. Responsibility",
                    "rule": (
                        "Every area of customer service has a named owner. The people assigned "
                        "have the authority and the resources to act, and at least one specific "
                        "person is responsible for resolving customers’ problems."
                    ),
                    "why": (
                        "When “everyone” is responsible, nobody is: the customer is passed from "
                        "department to department and their issue gets lost."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "6. Resources",
                    "rule": (
                        "The company provides what service needs: people, time, equipment, "
                        "vehicles and budget."
                    ),
                    "why": (
                        "Demanding a high standard of service without providing the means is "
                        "pointless: there will be no result, and staff will stop believing in "
                        "standards."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "The next-day delivery that never was",
                    "story": (
                        "Sales staff promised customers next-day delivery, and at every meeting "
                        "their manager demanded that logistics hit that target. But the company "
                        "had only two vans for the whole city. Deliveries kept running late, "
                        "customers complained, and the drivers worked without days off and quit "
                        "one after another."
                    ),
                    "lesson": (
                        "A standard without resources is just a slogan. First provide the people, "
                        "vehicles and time, then ask for results — and promise customers only what "
                        "the company can actually deliver."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Every problem needs a name",
                    "text": (
                        "“The department is dealing with it” is not an answer. Every customer "
                        "problem needs a specific person who handles it, and the customer must "
                        "know that person’s name or their case number."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "principles-system-that-learns",
        "title": "Principles 7–11: a system that learns",
        "intro": (
            "The second half of the principles turns occasional successes into a system: problems "
            "are found and analysed, customer feedback reaches staff, and information reaches "
            "everyone who needs it."
        ),
        "body": [
            ("heading", {"text": "Five principles for improving service", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>7. Identifying problems.</b> We systematically look for and "
                    "analyse the difficulties customers run into in every part of our work — "
                    "rather than waiting for a major complaint.</li><li><b>8. Quality is "
                    "everyone’s business.</b> Every employee takes part in ensuring and reviewing "
                    "service quality. We keep in mind that customers’ expectations change and "
                    "rise.</li><li><b>9. Feedback.</b> Customers have several channels to speak "
                    "up, and the lessons drawn from their feedback are always passed on to "
                    "staff.</li><li><b>10. Continuous improvement.</b> Service should meet or "
                    "exceed customers’ expectations, so it is regularly reviewed and "
                    "raised.</li><li><b>11. Internal communication.</b> Colleagues are each "
                    "other’s internal customers. The installer must know what the salesperson "
                    "promised, and accounts must know what the sales manager agreed.</li></ul>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "When a customer has a problem",
                    "situation": (
                        "A customer reports a fault, a delay or a mistake — in person, by phone or "
                        "in chat. The steps are the same in every department."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Hear the customer out without interrupting, then sum up the issue "
                                "in your own words."
                            ),
                            "phrase": (
                                "Have I got this right: the order was due yesterday, but it still "
                                "hasn’t arrived?"
                            ),
                        },
                        {
                            "action": (
                                "Apologise for the inconvenience — no excuses and no hunting for "
                                "someone to blame."
                            ),
                            "phrase": "I’m sorry this has happened. I’ll sort it out right away.",
                        },
                        {
                            "action": "Give your name and take ownership of the issue.",
                            "phrase": (
                                "My name is Anna, and I’ll be handling your case until it’s "
                                "resolved."
                            ),
                        },
                        {
                            "action": (
                                "Ask only for the details that are not already in the system."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Offer a solution or several options and agree a realistic "
                                "deadline."
                            ),
                            "phrase": (
                                "I can offer two options: delivery tomorrow between 10 and 12, or "
                                "this evening after 7. Which suits you better?"
                            ),
                        },
                        {
                            "action": "Log the case and tell the colleagues it concerns.",
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Do what you promised, tell the customer the result and check that "
                                "everything is fine."
                            ),
                            "phrase": (
                                "Mr Harris, it’s Anna. Your order has been delivered — is "
                                "everything all right?"
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "How to talk about a customer’s problem",
                    "context": (
                        "You can hear straight away from someone’s words whether they are taking "
                        "responsibility or passing it on."
                    ),
                    "pairs": [
                        {
                            "avoid": "That’s not my department, call the service centre.",
                            "use": (
                                "I’ll pass your question to the service centre myself and call you "
                                "back by 5 pm."
                            ),
                            "why": (
                                "The customer should not have to find the right person; whoever "
                                "they first spoke to does that."
                            ),
                        },
                        {
                            "avoid": "We don’t do that here.",
                            "use": "We can’t do it that way, but I can offer you another option.",
                            "why": (
                                "A refusal without an alternative sounds indifferent; an option "
                                "shows you want to help."
                            ),
                        },
                        {
                            "avoid": "You must have done something wrong.",
                            "use": "Let’s look together at the step where the error happened.",
                            "why": (
                                "Looking for someone to blame angers the customer; working through "
                                "it together calms them down and speeds things up."
                            ),
                        },
                        {
                            "avoid": "We’ll try to do it quickly somehow.",
                            "use": (
                                "The technician will come tomorrow between 10 and 12 and will call "
                                "you an hour before."
                            ),
                            "why": (
                                "A specific time is a promise that can be checked. Reliability is "
                                "built on it."
                            ),
                        },
                    ],
                },
            ),
            (
                "do_dont",
                {
                    "title": "The internal customer",
                    "do": [
                        (
                            "Pass on to colleagues everything that was promised to the customer: "
                            "deadlines, terms, special requests"
                        ),
                        (
                            "Answer colleagues’ requests as quickly and politely as customers’ "
                            "requests"
                        ),
                        "Tell the team at meetings what customers complained about most often",
                    ],
                    "dont": [
                        "Assume that “they already know all that”",
                        "Hide customer complaints to protect your department’s figures",
                        "Discuss another department’s mistakes in front of the customer",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "How the company puts these principles into practice",
                    "text": (
                        "It sets up a working group of people from different branches and "
                        "departments, publishes the service rules in a shared online document and "
                        "turns them into common standards for every part of the business. This "
                        "course is part of that work."
                    ),
                },
            ),
            ("heading", {"text": "Criteria of correct action", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Customer service in any department",
                    "criteria": [
                        {
                            "code": "listens-without-interrupting",
                            "text": (
                                "Hears the customer out and sums up the issue in their own words"
                            ),
                        },
                        {
                            "code": "apologises-without-excuses",
                            "text": (
                                "Apologises for the inconvenience without making excuses or "
                                "blaming colleagues"
                            ),
                        },
                        {
                            "code": "takes-ownership",
                            "text": (
                                "Gives their name and takes ownership instead of sending the "
                                "customer to another department"
                            ),
                        },
                        {
                            "code": "gives-concrete-deadline",
                            "text": (
                                "Gives a specific deadline and keeps it; warns the customer early "
                                "about any delay"
                            ),
                        },
                        {
                            "code": "offers-options",
                            "text": "Offers a solution or several options to choose from",
                        },
                        {
                            "code": "keeps-respectful-tone",
                            "text": "Stays calm and respectful even when the customer is annoyed",
                        },
                        {
                            "code": "informs-colleagues",
                            "text": (
                                "Logs the case and passes the information on to the colleagues it "
                                "concerns"
                            ),
                        },
                        {
                            "code": "confirms-result",
                            "text": (
                                "Tells the customer the result and checks that the problem is "
                                "solved"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "principles-of-service-quiz",
    "title": "Проверка знаний: принципы клиентского сервиса",
    "description": (
        "Восемь вопросов по ситуациям, которые встречаются в работе любого отдела. Чтобы пройти "
        "проверку, нужно ответить правильно не менее чем на 70 % вопросов."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "exam_paper": True,  # attempts are kept: the essay is marked by a trainer afterwards
    "success_text": (
        "Отлично! Вы понимаете, на чём держится сервис нашей компании. Применяйте принципы в "
        "каждом разговоре с клиентом — и с коллегами."
    ),
    "fail_text": (
        "Пока не хватает нескольких правильных ответов. Перечитайте уроки о шести факторах и "
        "одиннадцати принципах и попробуйте ещё раз."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "Что означают «3R» — три способа, которыми хороший сервис приносит компании доход?"
            ),
            "explanation": (
                "Retention, related sales, referrals: клиент остаётся, покупает больше и приводит "
                "знакомых. Все три работают только при хорошем впечатлении от обслуживания."
            ),
            "answers": [
                {"content": "Реклама, розыгрыши и распродажи", "correct": False},
                {"content": "Регламенты, рейтинги и рекламации", "correct": False},
                {
                    "content": "Удержание клиентов, сопутствующие продажи и рекомендации",
                    "correct": True,
                },
                {"content": "Рост цен, расширение ассортимента и ребрендинг", "correct": False},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Какие из перечисленных пунктов входят в шесть факторов качества обслуживания по "
                "версии Института обслуживания клиентов? Отметьте все верные."
            ),
            "explanation": (
                "Шесть факторов: своевременность, внешний вид, вежливость и этичность, качество и "
                "результативность, доступность, решение проблем. Низкая цена в этот список не "
                "входит: клиент оценивает, как его обслужили, а не только сколько он заплатил."
            ),
            "answers": [
                {"content": "Самая низкая цена на рынке", "correct": False},
                {"content": "Своевременность", "correct": True},
                {"content": "Внешний вид", "correct": True},
                {"content": "Доступность: услугу легко получить", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Монтажники аккуратно поставили окна, но ушли, не убрав строительный мусор. Это "
                "вопрос к технологии монтажа, а не к стандартам обслуживания."
            ),
            "correct": False,
            "explanation": (
                "Неверно. Сервис охватывает все направления работы (принцип «Сервис во всём»). "
                "Клиент оценивает компанию по самому слабому звену, и мусор в квартире "
                "перечёркивает даже безупречную продажу."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Клиент звонит в третий раз: ему обещали перезвонить, но так и не перезвонили. "
                "Какой ответ соответствует принципу ответственности?"
            ),
            "explanation": (
                "Ответственность — это конкретный человек и конкретный срок. Только первый вариант "
                "даёт клиенту и то и другое; остальные снова оставляют его без ответственного."
            ),
            "answers": [
                {"content": "«Я передам, что вы звонили»", "correct": False},
                {
                    "content": (
                        "«Меня зовут Анна. Я сама свяжусь с мастером и перезвоню вам до 15:00»"
                    ),
                    "correct": True,
                },
                {
                    "content": "«Позвоните, пожалуйста, напрямую в сервисный отдел, я дам номер»",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Принцип «Принятие обязательств» означает, что первыми обязательство качественно "
                "обслуживать клиентов берут на себя руководители."
            ),
            "correct": True,
            "explanation": (
                "Верно. Сотрудники ориентируются на поведение руководства. Если руководитель сам "
                "не соблюдает стандарт, требовать его от подчинённых бесполезно."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Руководитель требует доставлять заказы на следующий день, но на весь город у "
                "компании две машины. Какой принцип нарушен в первую очередь?"
            ),
            "explanation": (
                "Без ресурсов стандарт не выполним, сколько его ни требуй. Сначала — машины, люди "
                "и время, потом — требования к срокам."
            ),
            "answers": [
                {"content": "Внешний вид", "correct": False},
                {"content": "Обратная связь", "correct": False},
                {"content": "Компетентность", "correct": False},
                {"content": "Ресурсы", "correct": True},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Продавец пообещал клиенту, что монтажники наденут бахилы и накроют мебель, но "
                "бригаду об этом не предупредили. Какой принцип не сработал?"
            ),
            "explanation": (
                "Коллеги — внутренние клиенты друг друга. Обещание продавца должно дойти до тех, "
                "кто его выполняет, иначе клиент получит не то, о чём договаривался."
            ),
            "answers": [
                {"content": "Внутренний обмен информацией", "correct": True},
                {"content": "Постоянное улучшение", "correct": False},
                {"content": "Принятие обязательств", "correct": False},
            ],
        },
        {
            "kind": "essay",
            "content": (
                "Вспомните случай из своей работы, когда клиенту пришлось долго ждать или "
                "обращаться повторно. Какая из трёх опор — надёжность, отзывчивость или уважение — "
                "пострадала и что можно было сделать иначе?"
            ),
            "explanation": (
                "Хороший ответ описывает ситуацию конкретно, называет опору (например: обещали "
                "перезвонить и не перезвонили — надёжность) и предлагает действие, которое "
                "предотвратит повторение: конкретный срок, ответственного, предупреждение о "
                "задержке."
            ),
        },
    ],
}

SCENARIO = {
    "slug": "debris-after-installation",
    "title": "Мусор после монтажа: звонок недовольной клиентки",
    "situation_type": "conflict",
    "channel": "phone",
    "briefing": (
        "Вы — оператор контакт-центра компании, которая продаёт и устанавливает пластиковые окна. "
        "Звонит клиентка: вчера ей поставили три окна. Продажа прошла безупречно, но монтажники "
        "ушли молча, оставив строительный мусор и следы грязной обуви. Ваша задача — погасить "
        "конфликт и вернуть доверие, опираясь на надёжность, отзывчивость и уважение."
    ),
    "persona": {"name": "Марина Сергеевна", "mood": "возмущена, говорит на повышенных тонах"},
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "«Здравствуйте. Вчера ваши монтажники ставили у меня окна. Ушли молча: всё в пыли, "
                "обломки старого подоконника на полу, следы грязных ботинок по всей квартире. "
                "Продавец у вас такой обходительный, а это что такое?!»"
            ),
            "choices": [
                {
                    "reply": "Монтаж — это другой отдел. Могу дать вам их номер.",
                    "feedback": (
                        "Клиентку отправили искать ответственного самостоятельно. Для неё компания "
                        "одна, и сейчас за неё отвечаете вы."
                    ),
                    "points": -2,
                    "criterion": "takes-ownership",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Понимаю. Вообще-то уборка не входит в стоимость монтажа, но я уточню."
                    ),
                    "feedback": (
                        "Ссылка на договор в первой же фразе звучит как оправдание и злит ещё "
                        "сильнее. Даже если формально вы правы, сначала извинитесь и выслушайте."
                    ),
                    "points": -1,
                    "criterion": "apologises-without-excuses",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Марина Сергеевна, простите, пожалуйста, — так быть не должно. Меня зовут "
                        "Ольга, я займусь вашим вопросом. Правильно понимаю: окна установлены, но "
                        "после работы остались мусор и грязь?"
                    ),
                    "feedback": (
                        "Вы извинились без оправданий, представились и пересказали суть. Клиентка "
                        "слышит, что её поняли и что у вопроса есть ответственный."
                    ),
                    "points": 3,
                    "criterion": "takes-ownership",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "«Да! И ведь никто даже не предупредил, что надо что-то накрыть. Я полдня отмывала "
                "прихожую. Мне что, теперь ещё и обломки подоконника самой вывозить?»"
            ),
            "choices": [
                {
                    "reply": "Давайте я запишу жалобу, и с вами свяжутся.",
                    "feedback": (
                        "Безлично и без срока: фразу «с вами свяжутся» клиентка наверняка уже "
                        "слышала. Надёжность — это конкретный человек и конкретное время."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Нет, конечно, вывоз мусора — наша забота. Подскажите, пожалуйста, мусор "
                        "ещё у вас в квартире? И как сами окна — всё открывается, нигде не дует?"
                    ),
                    "feedback": (
                        "Вы сразу сняли с клиентки лишнюю заботу, уточнили недостающие детали и "
                        "проверили главное — качество самих окон."
                    ),
                    "points": 2,
                    "criterion": "listens-without-interrupting",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "«То есть я ещё и виновата, что позвонила не туда? Я вам деньги плачу, а вы меня "
                "по отделам гоняете! Дайте руководителя.»"
            ),
            "choices": [
                {
                    "reply": (
                        "Вы правы, простите. Искать ответственного — не ваша задача. Я сама "
                        "свяжусь с бригадой и с руководителем монтажа и перезвоню вам сегодня до "
                        "16:00 с решением. Вам так удобно?"
                    ),
                    "feedback": (
                        "Вы вернули разговор в конструктивное русло: признали ошибку и взяли "
                        "вопрос на себя с конкретным сроком. Доверие восстановлено лишь частично."
                    ),
                    "points": 2,
                    "criterion": "takes-ownership",
                    "next": "s3",
                },
                {
                    "reply": "Руководитель сейчас на совещании. Перезвоните, пожалуйста, позже.",
                    "feedback": (
                        "Клиентке снова предлагают действовать самой. Это верный путь к отказу от "
                        "компании и плохому отзыву."
                    ),
                    "points": -3,
                    "criterion": "takes-ownership",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "«Мусор пока на балконе. Окна вроде нормальные. Но мне важно, чтобы всё убрали как "
                "можно скорее: у меня маленький ребёнок, а пыль везде.»"
            ),
            "choices": [
                {
                    "reply": "Я передам бригадиру, они приедут, как только освободятся.",
                    "feedback": (
                        "Намерение верное, но «как только освободятся» ничего не обещает: клиентке "
                        "придётся сидеть дома и ждать."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Может быть, проще вынести мусор самой? А мы дадим скидку на следующий "
                        "заказ."
                    ),
                    "feedback": (
                        "Вы переложили на клиентку работу, которую должна была сделать компания. "
                        "Скидка не заменяет решения проблемы."
                    ),
                    "points": -2,
                    "criterion": "offers-options",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Предлагаю так: завтра бригада приедет, вывезет мусор и сделает уборку "
                        "после монтажа за наш счёт. Вам удобнее с 10 до 12 или с 15 до 17? Мастер "
                        "позвонит за час до приезда."
                    ),
                    "feedback": (
                        "Вы дали выбор, назвали время и пообещали предупредить о визите — это "
                        "надёжность и уважение к её времени."
                    ),
                    "points": 3,
                    "criterion": "offers-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "«Хорошо… А почему вообще так вышло? Соседка тоже собиралась у вас заказывать, не "
                "хочу, чтобы с ней было то же самое.»"
            ),
            "choices": [
                {
                    "reply": (
                        "Справедливый вопрос. Я передам ваш случай руководителю монтажного отдела: "
                        "уборка и предупреждение о пыли — обязательная часть работы, и с бригадой "
                        "это разберут. Спасибо, что сказали нам прямо."
                    ),
                    "feedback": (
                        "Вы показали, что жалоба не пропадёт, и поблагодарили за обратную связь. "
                        "Клиентка видит, что её слова что-то меняют."
                    ),
                    "points": 2,
                    "criterion": "informs-colleagues",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Монтажники обязаны убирать за собой, это их ошибка. Я напишу на них "
                        "жалобу."
                    ),
                    "feedback": (
                        "Обвинять коллег при клиенте — значит показать, что в компании нет "
                        "порядка. Клиенту важно не кто виноват, а что вы исправите."
                    ),
                    "points": -2,
                    "criterion": "apologises-without-excuses",
                    "next": "s5",
                },
                {
                    "reply": "Бригады у нас разные, бывает. Не повезло.",
                    "feedback": (
                        "Равнодушный ответ обесценивает всё, что вы сделали до этого. Клиентка "
                        "слышит, что в компании никто ни за что не отвечает."
                    ),
                    "points": -3,
                    "criterion": "keeps-respectful-tone",
                    "next": "end_bad",
                },
            ],
        },
        "s5": {
            "text": (
                "На следующий день бригада приехала в назначенное время, вывезла мусор и убрала "
                "квартиру. Вечером вы открываете карточку обращения."
            ),
            "choices": [
                {
                    "reply": "Закрыть обращение без звонка: бригада отчиталась, что всё сделано.",
                    "feedback": (
                        "Формально вопрос закрыт, но клиентка так и не услышала, что её жалоба "
                        "важна компании."
                    ),
                    "points": -2,
                    "criterion": "confirms-result",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Позвонить: «Марина Сергеевна, добрый вечер, это Ольга. Бригада сегодня у "
                        "вас была — всё ли убрали, довольны ли результатом? Может быть, остались "
                        "вопросы по окнам?»"
                    ),
                    "feedback": (
                        "Вы замкнули круг: выполнили обещание и убедились, что проблема "
                        "действительно решена."
                    ),
                    "points": 2,
                    "criterion": "confirms-result",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Марина Сергеевна благодарит: всё убрано, окна ей нравятся. Через месяц в компанию "
                "звонит её соседка — «по рекомендации: говорят, у вас быстро исправляют ошибки». "
                "Проблема, решённая быстро и уважительно, превратилась в новую продажу."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Мусор вывезли, конфликт погашен, но клиентка так и не узнала, услышали ли её. Она "
                "больше не сердится, но рекомендовать вас соседке не спешит."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Клиентка пишет резкий отзыв на городском форуме: «Продают красиво, а потом никому "
                "нет дела». Соседка выбирает другую компанию, а руководство получает ещё одну "
                "жалобу."
            ),
            "result": "bad",
        },
    },
}

# The final quiz and the role-play for German and English readers: the same questions, replies,
# points and keys as the Russian ones, written for those languages. The role-play keeps the
# Russian slug, so it becomes a translation of it (a pass in any language counts for
# certification). Each language has its own quiz with its own slug, marked as a language version
# of the Russian one (``version_of``): the course's certification policy names the Russian quiz
# (see ``lms.demo.organisation.policies``) and a pass of the German or English one counts for it.

QUIZ_DE = {
    "slug": "principles-of-service-quiz-de",
    "version_of": "principles-of-service-quiz",
    "title": "Wissenstest: Grundsätze des Kundenservice",
    "description": (
        "Acht Fragen zu Situationen, die in jeder Abteilung vorkommen. Um den Test zu bestehen, "
        "müssen Sie mindestens 70 % der Fragen richtig beantworten."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "exam_paper": True,
    "success_text": (
        "Ausgezeichnet! Sie wissen, worauf der Service in unserem Unternehmen beruht. Wenden Sie "
        "die Grundsätze in jedem Gespräch mit Kunden an – und mit Kolleginnen und Kollegen."
    ),
    "fail_text": (
        "Es fehlen noch ein paar richtige Antworten. Lesen Sie die Lektionen über die sechs "
        "Faktoren und die elf Grundsätze noch einmal und versuchen Sie es erneut."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "Wofür stehen die „3R“ – die drei Wege, auf denen guter Service dem Unternehmen "
                "Ertrag bringt?"
            ),
            "explanation": (
                "Retention, Related sales, Referrals: Der Kunde bleibt, kauft mehr und bringt "
                "Bekannte mit. Alle drei wirken nur, wenn der Kunde einen guten Eindruck vom "
                "Service mitnimmt."
            ),
            "answers": [
                {"content": "Reklame, Rabatte und Räumungsverkäufe", "correct": False},
                {"content": "Regelwerke, Ratings und Reklamationen", "correct": False},
                {
                    "content": "Kundenbindung, Zusatzverkäufe und Empfehlungen",
                    "correct": True,
                },
                {"content": "Rendite, Reichweite und Rebranding", "correct": False},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Welche dieser Punkte gehören laut dem Institute of Customer Service zu den sechs "
                "Faktoren der Servicequalität? Markieren Sie alle richtigen Antworten."
            ),
            "explanation": (
                "Die sechs Faktoren: Pünktlichkeit, Erscheinungsbild, Höflichkeit und Fairness, "
                "Qualität und Wirksamkeit, Erreichbarkeit, Problemlösung. Der niedrigste Preis "
                "gehört nicht dazu: Der Kunde beurteilt, wie er betreut wurde, nicht nur, wie viel "
                "er bezahlt hat."
            ),
            "answers": [
                {"content": "Der niedrigste Preis am Markt", "correct": False},
                {"content": "Pünktlichkeit", "correct": True},
                {"content": "Erscheinungsbild", "correct": True},
                {"content": "Erreichbarkeit: Die Leistung ist leicht zu bekommen", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Die Monteure haben die Fenster sorgfältig eingebaut, sind aber gegangen, ohne den "
                "Bauschutt wegzuräumen. Das ist eine Frage der Montagetechnik, nicht der "
                "Servicestandards."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Service umfasst alle Bereiche des Unternehmens (Grundsatz „Service "
                "überall“). Der Kunde beurteilt das Unternehmen nach dem schwächsten Glied, und "
                "Schutt in der Wohnung macht selbst einen tadellosen Verkauf zunichte."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Ein Kunde ruft zum dritten Mal an: Man hatte ihm einen Rückruf versprochen, aber "
                "niemand hat sich gemeldet. Welche Antwort entspricht dem Grundsatz der "
                "Verantwortung?"
            ),
            "explanation": (
                "Verantwortung heißt: eine konkrete Person und ein konkreter Termin. Nur die erste "
                "Antwort gibt dem Kunden beides; bei den anderen steht er wieder ohne Zuständigen "
                "da."
            ),
            "answers": [
                {"content": "„Ich richte aus, dass Sie angerufen haben.“", "correct": False},
                {
                    "content": (
                        "„Mein Name ist Anna Weber. Ich spreche selbst mit dem Techniker und rufe "
                        "Sie bis 15 Uhr zurück.“"
                    ),
                    "correct": True,
                },
                {
                    "content": (
                        "„Rufen Sie bitte direkt beim Kundendienst an, ich gebe Ihnen die Nummer.“"
                    ),
                    "correct": False,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Der Grundsatz „Verpflichtung“ bedeutet, dass die Führungskräfte als Erste die "
                "Verpflichtung eingehen, Kunden gut zu betreuen."
            ),
            "correct": True,
            "explanation": (
                "Richtig. Mitarbeitende orientieren sich am Verhalten der Führung. Hält sich die "
                "Führungskraft selbst nicht an den Standard, ist es zwecklos, ihn vom Team zu "
                "verlangen."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Der Vorgesetzte verlangt Lieferung am nächsten Tag, aber für die ganze Stadt hat "
                "das Unternehmen nur zwei Fahrzeuge. Welcher Grundsatz ist in erster Linie "
                "verletzt?"
            ),
            "explanation": (
                "Ohne Ressourcen ist ein Standard nicht zu erfüllen, so oft man ihn auch "
                "einfordert. Zuerst kommen Fahrzeuge, Personal und Zeit, dann die Vorgaben für die "
                "Termine."
            ),
            "answers": [
                {"content": "Erscheinungsbild", "correct": False},
                {"content": "Feedback", "correct": False},
                {"content": "Kompetenz", "correct": False},
                {"content": "Ressourcen", "correct": True},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Der Verkäufer hat dem Kunden zugesagt, dass die Monteure Überziehschuhe tragen "
                "und die Möbel abdecken, aber das Montageteam wurde darüber nicht informiert. "
                "Welcher Grundsatz hat nicht funktioniert?"
            ),
            "explanation": (
                "Kolleginnen und Kollegen sind interne Kunden füreinander. Die Zusage des "
                "Verkäufers muss die erreichen, die sie einlösen – sonst bekommt der Kunde nicht "
                "das, was vereinbart war."
            ),
            "answers": [
                {"content": "Interner Informationsaustausch", "correct": True},
                {"content": "Ständige Verbesserung", "correct": False},
                {"content": "Verpflichtung", "correct": False},
            ],
        },
        {
            "kind": "essay",
            "content": (
                "Denken Sie an einen Fall aus Ihrer Arbeit, in dem ein Kunde lange warten oder "
                "sich mehrmals melden musste. Welche der drei Säulen – Zuverlässigkeit, "
                "Ansprechbarkeit oder Respekt – hat gelitten, und was hätte man anders machen "
                "können?"
            ),
            "explanation": (
                "Eine gute Antwort beschreibt die Situation konkret, nennt die Säule (zum "
                "Beispiel: Rückruf versprochen, aber nicht zurückgerufen – Zuverlässigkeit) und "
                "schlägt eine Maßnahme vor, die eine Wiederholung verhindert: einen konkreten "
                "Termin, eine zuständige Person, eine rechtzeitige Nachricht über die Verzögerung."
            ),
        },
    ],
}

QUIZ_EN = {
    "slug": "principles-of-service-quiz-en",
    "version_of": "principles-of-service-quiz",
    "title": "Knowledge check: principles of customer service",
    "description": (
        "Eight questions about situations that come up in every department. To pass, you need to "
        "answer at least 70% of the questions correctly."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "exam_paper": True,
    "success_text": (
        "Excellent! You understand what service in our company rests on. Apply the principles in "
        "every conversation with a customer — and with colleagues."
    ),
    "fail_text": (
        "You are still a few correct answers short. Reread the lessons on the six factors and the "
        "eleven principles and try again."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "What do the “3Rs” stand for — the three ways in which good service earns the "
                "company money?"
            ),
            "explanation": (
                "Retention, related sales, referrals: the customer stays, buys more and brings "
                "friends along. All three work only when the customer leaves with a good "
                "impression of the service."
            ),
            "answers": [
                {"content": "Reach, raffles and reductions", "correct": False},
                {"content": "Regulations, ratings and refunds", "correct": False},
                {"content": "Retention, related sales and referrals", "correct": True},
                {"content": "Rising prices, range expansion and rebranding", "correct": False},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Which of these are among the six factors of service quality identified by the "
                "Institute of Customer Service? Select all that apply."
            ),
            "explanation": (
                "The six factors are timeliness, appearance, courtesy and ethics, quality and "
                "effectiveness, ease of access, and problem resolution. The lowest price is not on "
                "the list: customers judge how they were served, not only how much they paid."
            ),
            "answers": [
                {"content": "The lowest price on the market", "correct": False},
                {"content": "Timeliness", "correct": True},
                {"content": "Appearance", "correct": True},
                {"content": "Ease of access: the service is easy to get", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "The installers fitted the windows carefully but left without clearing away the "
                "building debris. That is a matter of installation technique, not of service "
                "standards."
            ),
            "correct": False,
            "explanation": (
                "False. Service covers every part of the company’s work (the “Service throughout” "
                "principle). Customers judge the company by its weakest link, and debris left in "
                "the flat undoes even a flawless sale."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "A customer is calling for the third time: he was promised a call back, but nobody "
                "called. Which reply follows the principle of responsibility?"
            ),
            "explanation": (
                "Responsibility means a named person and a specific time. Only the first reply "
                "gives the customer both; the others leave him once again with nobody responsible."
            ),
            "answers": [
                {"content": "“I’ll pass on the message that you called.”", "correct": False},
                {
                    "content": (
                        "“My name is Anna. I’ll contact the technician myself and call you back by "
                        "3 pm.”"
                    ),
                    "correct": True,
                },
                {
                    "content": (
                        "“Please call the service department directly — I’ll give you the number.”"
                    ),
                    "correct": False,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "The “Commitment” principle means that managers are the first to commit to serving "
                "customers well."
            ),
            "correct": True,
            "explanation": (
                "True. Employees take their cue from how managers behave. If a manager does not "
                "follow the standard, there is no point in demanding it of the team."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "A manager insists on next-day delivery, but the company has only two vans for the "
                "whole city. Which principle is broken first and foremost?"
            ),
            "explanation": (
                "Without resources a standard cannot be met, however hard you insist on it. Vans, "
                "people and time come first; delivery targets come after."
            ),
            "answers": [
                {"content": "Appearance", "correct": False},
                {"content": "Feedback", "correct": False},
                {"content": "Competence", "correct": False},
                {"content": "Resources", "correct": True},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "A salesperson promised the customer that the installers would wear shoe covers "
                "and cover the furniture, but nobody told the installation crew. Which principle "
                "failed?"
            ),
            "explanation": (
                "Colleagues are each other’s internal customers. A salesperson’s promise has to "
                "reach the people who keep it; otherwise the customer does not get what was agreed."
            ),
            "answers": [
                {"content": "Internal communication", "correct": True},
                {"content": "Continuous improvement", "correct": False},
                {"content": "Commitment", "correct": False},
            ],
        },
        {
            "kind": "essay",
            "content": (
                "Think of a case from your own work when a customer had to wait a long time or get "
                "in touch more than once. Which of the three pillars — reliability, responsiveness "
                "or respect — suffered, and what could have been done differently?"
            ),
            "explanation": (
                "A good answer describes the situation specifically, names the pillar (for "
                "example: a call back was promised and never made — reliability) and suggests an "
                "action that prevents a repeat: a specific deadline, a named person responsible, a "
                "warning about the delay."
            ),
        },
    ],
}

SCENARIO_DE = {
    "slug": "debris-after-installation",
    "title": "Schutt nach der Montage: Anruf einer verärgerten Kundin",
    "situation_type": "conflict",
    "channel": "phone",
    "briefing": (
        "Sie arbeiten im Kundencenter eines Unternehmens, das Kunststofffenster verkauft und "
        "einbaut. Eine Kundin ruft an: Gestern wurden bei ihr drei Fenster eingebaut. Der Verkauf "
        "lief tadellos, aber die Monteure sind wortlos gegangen und haben Bauschutt und Spuren "
        "schmutziger Schuhe hinterlassen. Ihre Aufgabe: den Konflikt entschärfen und das Vertrauen "
        "zurückgewinnen – mit Zuverlässigkeit, Ansprechbarkeit und Respekt."
    ),
    "persona": {"name": "Frau Krüger", "mood": "empört, spricht mit erhobener Stimme"},
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "„Guten Tag. Gestern haben Ihre Monteure bei mir Fenster eingebaut. Gegangen sind "
                "sie ohne ein Wort: alles voller Staub, Bruchstücke der alten Fensterbank auf dem "
                "Boden, Spuren dreckiger Stiefel in der ganzen Wohnung. Ihr Verkäufer war so "
                "zuvorkommend – und was ist das jetzt?!“"
            ),
            "choices": [
                {
                    "reply": (
                        "Für die Montage ist eine andere Abteilung zuständig. Ich kann Ihnen die "
                        "Nummer geben."
                    ),
                    "feedback": (
                        "Die Kundin soll sich selbst jemanden suchen, der zuständig ist. Für sie "
                        "gibt es nur ein Unternehmen – und in diesem Moment stehen Sie dafür ein."
                    ),
                    "points": -2,
                    "criterion": "takes-ownership",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Verstehe. Eigentlich ist die Reinigung nicht im Montagepreis enthalten, "
                        "aber ich frage nach."
                    ),
                    "feedback": (
                        "Der Verweis auf den Vertrag gleich im ersten Satz klingt nach Ausrede und "
                        "ärgert noch mehr. Auch wenn Sie formal recht haben: Entschuldigen Sie "
                        "sich zuerst und hören Sie zu."
                    ),
                    "points": -1,
                    "criterion": "apologises-without-excuses",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Frau Krüger, das tut mir sehr leid – so darf das nicht sein. Mein Name "
                        "ist Julia, ich kümmere mich um Ihr Anliegen. Habe ich Sie richtig "
                        "verstanden: Die Fenster sind eingebaut, aber nach der Arbeit sind Schutt "
                        "und Schmutz zurückgeblieben?"
                    ),
                    "feedback": (
                        "Sie haben sich ohne Ausreden entschuldigt, sich vorgestellt und das "
                        "Anliegen zusammengefasst. Die Kundin hört, dass man sie verstanden hat "
                        "und dass jemand für ihr Anliegen zuständig ist."
                    ),
                    "points": 3,
                    "criterion": "takes-ownership",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "„Ja! Und niemand hat auch nur gesagt, dass man etwas abdecken sollte. Ich habe "
                "einen halben Tag lang den Flur geputzt. Soll ich die Reste der Fensterbank jetzt "
                "etwa auch noch selbst entsorgen?“"
            ),
            "choices": [
                {
                    "reply": "Ich nehme Ihre Beschwerde auf, man meldet sich dann bei Ihnen.",
                    "feedback": (
                        "Unpersönlich und ohne Termin: Den Satz „Man meldet sich bei Ihnen“ hat "
                        "die Kundin bestimmt schon gehört. Zuverlässigkeit heißt: eine konkrete "
                        "Person und eine konkrete Zeit."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Nein, natürlich nicht, den Schutt holen wir ab. Sagen Sie, liegt er noch "
                        "in Ihrer Wohnung? Und die Fenster selbst – lässt sich alles öffnen, zieht "
                        "es nirgends?"
                    ),
                    "feedback": (
                        "Sie haben der Kundin sofort eine unnötige Sorge abgenommen, die fehlenden "
                        "Angaben erfragt und das Wichtigste geprüft: die Qualität der Fenster "
                        "selbst."
                    ),
                    "points": 2,
                    "criterion": "listens-without-interrupting",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "„Jetzt bin ich also auch noch schuld, dass ich an der falschen Stelle angerufen "
                "habe? Ich bezahle Sie, und Sie schicken mich von einer Abteilung zur nächsten! "
                "Verbinden Sie mich mit Ihrem Vorgesetzten.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Sie haben recht, entschuldigen Sie. Es ist nicht Ihre Aufgabe, den "
                        "Zuständigen zu suchen. Ich spreche selbst mit dem Montageteam und der "
                        "Montageleitung und rufe Sie heute bis 16 Uhr mit einer Lösung zurück. "
                        "Passt Ihnen das?"
                    ),
                    "feedback": (
                        "Sie haben das Gespräch wieder auf eine sachliche Ebene gebracht: den "
                        "Fehler eingeräumt und das Anliegen mit einem konkreten Termin übernommen. "
                        "Das Vertrauen ist aber nur zum Teil wiederhergestellt."
                    ),
                    "points": 2,
                    "criterion": "takes-ownership",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Der Vorgesetzte ist gerade in einer Besprechung. Rufen Sie bitte später "
                        "noch einmal an."
                    ),
                    "feedback": (
                        "Wieder soll die Kundin selbst aktiv werden. So verliert man Kunden und "
                        "bekommt schlechte Bewertungen."
                    ),
                    "points": -3,
                    "criterion": "takes-ownership",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "„Der Schutt steht vorerst auf dem Balkon. Die Fenster scheinen in Ordnung zu "
                "sein. Aber mir ist wichtig, dass alles so schnell wie möglich weggeräumt wird: "
                "Ich habe ein kleines Kind, und überall ist Staub.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Ich gebe das an den Teamleiter weiter, die Monteure kommen, sobald sie "
                        "Zeit haben."
                    ),
                    "feedback": (
                        "Die Absicht stimmt, aber „sobald sie Zeit haben“ verspricht nichts: Die "
                        "Kundin muss zu Hause sitzen und warten."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Wäre es nicht einfacher, den Schutt selbst hinauszutragen? Dafür bekommen "
                        "Sie einen Rabatt auf die nächste Bestellung."
                    ),
                    "feedback": (
                        "Sie haben der Kundin Arbeit aufgebürdet, die das Unternehmen hätte "
                        "erledigen müssen. Ein Rabatt ersetzt keine Lösung des Problems."
                    ),
                    "points": -2,
                    "criterion": "offers-options",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Ich schlage vor: Morgen kommt das Team, holt den Schutt ab und übernimmt "
                        "auf unsere Kosten die Reinigung nach der Montage. Passt Ihnen 10 bis 12 "
                        "Uhr oder 15 bis 17 Uhr besser? Der Monteur ruft eine Stunde vorher an."
                    ),
                    "feedback": (
                        "Sie haben eine Wahl gelassen, eine Uhrzeit genannt und zugesagt, den "
                        "Besuch anzukündigen – das ist Zuverlässigkeit und Respekt vor ihrer Zeit."
                    ),
                    "points": 3,
                    "criterion": "offers-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "„Na gut … Aber wie konnte das überhaupt passieren? Meine Nachbarin wollte auch "
                "bei Ihnen bestellen, ich möchte nicht, dass es ihr genauso geht.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Eine berechtigte Frage. Ich gebe Ihren Fall an die Leitung der "
                        "Montageabteilung weiter: Aufräumen und der Hinweis auf den Staub gehören "
                        "verbindlich zur Arbeit, und das wird mit dem Team besprochen. Danke, dass "
                        "Sie es uns offen gesagt haben."
                    ),
                    "feedback": (
                        "Sie haben gezeigt, dass die Beschwerde nicht untergeht, und sich für die "
                        "Rückmeldung bedankt. Die Kundin sieht, dass ihre Worte etwas bewirken."
                    ),
                    "points": 2,
                    "criterion": "informs-colleagues",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Die Monteure müssen hinter sich aufräumen, das ist ihr Fehler. Ich "
                        "schreibe eine Beschwerde über sie."
                    ),
                    "feedback": (
                        "Wer Kollegen vor dem Kunden beschuldigt, zeigt, dass im Unternehmen keine "
                        "Ordnung herrscht. Für den Kunden zählt nicht, wer schuld ist, sondern was "
                        "Sie in Ordnung bringen."
                    ),
                    "points": -2,
                    "criterion": "apologises-without-excuses",
                    "next": "s5",
                },
                {
                    "reply": "Unsere Teams sind eben unterschiedlich, das kommt vor. Pech gehabt.",
                    "feedback": (
                        "Eine gleichgültige Antwort macht alles zunichte, was Sie bis dahin getan "
                        "haben. Die Kundin hört: In diesem Unternehmen ist niemand für irgendetwas "
                        "verantwortlich."
                    ),
                    "points": -3,
                    "criterion": "keeps-respectful-tone",
                    "next": "end_bad",
                },
            ],
        },
        "s5": {
            "text": (
                "Am nächsten Tag kommt das Team zur vereinbarten Zeit, holt den Schutt ab und "
                "reinigt die Wohnung. Am Abend öffnen Sie den Vorgang."
            ),
            "choices": [
                {
                    "reply": (
                        "Den Vorgang ohne Anruf schließen: Das Team hat gemeldet, dass alles "
                        "erledigt ist."
                    ),
                    "feedback": (
                        "Formal ist der Fall erledigt, aber die Kundin hat nie gehört, dass ihre "
                        "Beschwerde dem Unternehmen wichtig ist."
                    ),
                    "points": -2,
                    "criterion": "confirms-result",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Anrufen: „Guten Abend, Frau Krüger, hier ist Julia. Das Team war heute "
                        "bei Ihnen – ist alles sauber, sind Sie mit dem Ergebnis zufrieden? Haben "
                        "Sie vielleicht noch Fragen zu den Fenstern?“"
                    ),
                    "feedback": (
                        "Sie haben den Kreis geschlossen: Ihr Versprechen gehalten und sich "
                        "vergewissert, dass das Problem wirklich gelöst ist."
                    ),
                    "points": 2,
                    "criterion": "confirms-result",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Frau Krüger bedankt sich: Alles ist sauber, die Fenster gefallen ihr. Einen Monat "
                "später ruft ihre Nachbarin an – „auf Empfehlung: Bei Ihnen werden Fehler schnell "
                "behoben, heißt es“. Ein schnell und respektvoll gelöstes Problem ist zu einem "
                "neuen Auftrag geworden."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Der Schutt ist weg, der Konflikt beigelegt, aber die Kundin weiß nicht, ob man "
                "ihr wirklich zugehört hat. Sie ist nicht mehr verärgert, hat es aber nicht eilig, "
                "Sie ihrer Nachbarin zu empfehlen."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Die Kundin schreibt eine scharfe Bewertung im Stadtforum: „Verkaufen können sie, "
                "danach kümmert sich keiner.“ Die Nachbarin wählt ein anderes Unternehmen, und die "
                "Geschäftsleitung hat eine Beschwerde mehr auf dem Tisch."
            ),
            "result": "bad",
        },
    },
}

SCENARIO_EN = {
    "slug": "debris-after-installation",
    "title": "Debris after installation: a call from an upset customer",
    "situation_type": "conflict",
    "channel": "phone",
    "briefing": (
        "You work in the contact centre of a company that sells and installs PVC windows. A "
        "customer is calling: three windows were fitted at her home yesterday. The sale went "
        "perfectly, but the installers left without a word, leaving building debris and dirty "
        "footprints behind. Your task is to defuse the conflict and win back her trust through "
        "reliability, responsiveness and respect."
    ),
    "persona": {"name": "Mrs Collins", "mood": "indignant, speaking with a raised voice"},
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "“Hello. Yesterday your installers fitted windows in my flat. They left without a "
                "word: dust everywhere, bits of the old window sill on the floor, dirty boot "
                "prints all over the flat. Your salesman was so polite — so what is this?!”"
            ),
            "choices": [
                {
                    "reply": "Installation is a different department. I can give you their number.",
                    "feedback": (
                        "The customer has been sent off to find the person responsible herself. To "
                        "her there is only one company, and right now you are the one answering "
                        "for it."
                    ),
                    "points": -2,
                    "criterion": "takes-ownership",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "I see. Strictly speaking, cleaning isn’t included in the installation "
                        "price, but I’ll check."
                    ),
                    "feedback": (
                        "Pointing to the contract in your very first sentence sounds like an "
                        "excuse and makes her even angrier. Even if you are technically right, "
                        "apologise and listen first."
                    ),
                    "points": -1,
                    "criterion": "apologises-without-excuses",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Mrs Collins, I’m so sorry — this shouldn’t have happened. My name is "
                        "Olivia, and I’ll take care of this for you. Have I understood correctly: "
                        "the windows are in, but debris and dirt were left behind after the work?"
                    ),
                    "feedback": (
                        "You apologised without excuses, introduced yourself and summed up the "
                        "problem. The customer hears that she has been understood and that someone "
                        "is now responsible for her issue."
                    ),
                    "points": 3,
                    "criterion": "takes-ownership",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "“Yes! And nobody even warned me to cover anything. I spent half the day scrubbing "
                "the hall. Am I supposed to get rid of the bits of window sill myself as well?”"
            ),
            "choices": [
                {
                    "reply": "Let me log your complaint, and someone will get back to you.",
                    "feedback": (
                        "Impersonal and with no timescale: the customer has surely heard “someone "
                        "will get back to you” before. Reliability means a named person and a "
                        "specific time."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s3",
                },
                {
                    "reply": (
                        "No, of course not — taking the debris away is our job. Could you tell me, "
                        "is it still in your flat? And how are the windows themselves — do they "
                        "all open properly, no draughts anywhere?"
                    ),
                    "feedback": (
                        "You immediately took an unnecessary worry off the customer’s hands, asked "
                        "for the missing details and checked what matters most: the quality of the "
                        "windows themselves."
                    ),
                    "points": 2,
                    "criterion": "listens-without-interrupting",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "“So now it’s my fault for calling the wrong number? I’m paying you, and you’re "
                "sending me from one department to another! Put me through to your manager.”"
            ),
            "choices": [
                {
                    "reply": (
                        "You’re right, I’m sorry. Finding the person responsible isn’t your job. "
                        "I’ll contact the crew and the installation manager myself and call you "
                        "back today by 4 pm with a solution. Does that suit you?"
                    ),
                    "feedback": (
                        "You brought the conversation back on track: you admitted the mistake and "
                        "took the issue on yourself with a specific deadline. Trust is only partly "
                        "restored."
                    ),
                    "points": 2,
                    "criterion": "takes-ownership",
                    "next": "s3",
                },
                {
                    "reply": "The manager is in a meeting right now. Please call back later.",
                    "feedback": (
                        "Once again the customer is told to do the work herself. That is a sure "
                        "way to lose a customer and earn a bad review."
                    ),
                    "points": -3,
                    "criterion": "takes-ownership",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "“The debris is on the balcony for now. The windows seem fine. But I need it all "
                "cleared as soon as possible: I have a small child, and there’s dust everywhere.”"
            ),
            "choices": [
                {
                    "reply": "I’ll let the crew leader know; they’ll come as soon as they’re free.",
                    "feedback": (
                        "The intention is right, but “as soon as they’re free” promises nothing: "
                        "the customer will have to stay at home and wait."
                    ),
                    "points": 0,
                    "criterion": "gives-concrete-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Perhaps it would be easier to take the debris out yourself? We’ll give "
                        "you a discount on your next order."
                    ),
                    "feedback": (
                        "You have passed on to the customer work that the company should have "
                        "done. A discount is no substitute for solving the problem."
                    ),
                    "points": -2,
                    "criterion": "offers-options",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Here’s what I suggest: tomorrow the crew will come, take the debris away "
                        "and clean up after the installation at our expense. Would 10 to 12 or 3 "
                        "to 5 suit you better? The fitter will call an hour before arriving."
                    ),
                    "feedback": (
                        "You offered a choice, named a time and promised a call ahead of the "
                        "visit: that is reliability and respect for her time."
                    ),
                    "points": 3,
                    "criterion": "offers-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "“All right… But how did this happen in the first place? My neighbour was going to "
                "order from you too, and I don’t want the same thing to happen to her.”"
            ),
            "choices": [
                {
                    "reply": (
                        "That’s a fair question. I’ll pass your case on to the head of the "
                        "installation department: clearing up and warning about dust are a "
                        "required part of the job, and it will be taken up with the crew. Thank "
                        "you for telling us directly."
                    ),
                    "feedback": (
                        "You showed that the complaint will not get lost and thanked her for the "
                        "feedback. The customer sees that her words make a difference."
                    ),
                    "points": 2,
                    "criterion": "informs-colleagues",
                    "next": "s5",
                },
                {
                    "reply": (
                        "The installers are supposed to clean up after themselves — it’s their "
                        "fault. I’ll file a complaint about them."
                    ),
                    "feedback": (
                        "Blaming colleagues in front of a customer shows that the company is in "
                        "disarray. What matters to the customer is not who is to blame but what "
                        "you will put right."
                    ),
                    "points": -2,
                    "criterion": "apologises-without-excuses",
                    "next": "s5",
                },
                {
                    "reply": "Our crews vary, these things happen. Bad luck.",
                    "feedback": (
                        "An indifferent answer undoes everything you have done so far. The "
                        "customer hears that nobody in the company is responsible for anything."
                    ),
                    "points": -3,
                    "criterion": "keeps-respectful-tone",
                    "next": "end_bad",
                },
            ],
        },
        "s5": {
            "text": (
                "The next day the crew arrives at the agreed time, takes the debris away and "
                "cleans the flat. In the evening you open the case record."
            ),
            "choices": [
                {
                    "reply": (
                        "Close the case without calling: the crew has reported that everything is "
                        "done."
                    ),
                    "feedback": (
                        "Formally the issue is closed, but the customer never heard that her "
                        "complaint mattered to the company."
                    ),
                    "points": -2,
                    "criterion": "confirms-result",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Call her: “Good evening, Mrs Collins, it’s Olivia. The crew came to you "
                        "today — is everything cleaned up, are you happy with the result? Do you "
                        "have any questions about the windows?”"
                    ),
                    "feedback": (
                        "You closed the loop: you kept your promise and made sure the problem "
                        "really was solved."
                    ),
                    "points": 2,
                    "criterion": "confirms-result",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Mrs Collins thanks you: everything has been cleared away, and she likes the "
                "windows. A month later her neighbour calls the company — “on a recommendation: I "
                "hear you put mistakes right quickly”. A problem solved quickly and respectfully "
                "has turned into a new sale."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "The debris is gone and the conflict is over, but the customer never found out "
                "whether she was heard. She is no longer angry, but she is in no hurry to "
                "recommend you to her neighbour."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "The customer posts a scathing review on the local forum: “They sell nicely, and "
                "then nobody cares.” The neighbour chooses another company, and management gets "
                "one more complaint."
            ),
            "result": "bad",
        },
    },
}

TRANSLATIONS = {
    "de": {
        "title": "Grundsätze des Kundenservice",
        "summary": (
            "Warum Servicequalität den Umsatz direkt beeinflusst, was Kunden am meisten schätzen "
            "und auf welchen elf Grundsätzen der Service in unserem Unternehmen beruht. Der Kurs "
            "gibt allen Mitarbeitenden eine gemeinsame Sprache – von der Verkaufsfläche bis zur "
            "Buchhaltung und zum Lager."
        ),
        "lessons": LESSONS_DE,
        "quiz": QUIZ_DE,
        "scenarios": [SCENARIO_DE],
    },
    "en": {
        "title": "Principles of customer service",
        "summary": (
            "Why service quality has a direct effect on revenue, what customers value most, and "
            "the eleven principles on which service in our company is built. The course gives "
            "every employee a common language, from the shop floor to accounts and the warehouse."
        ),
        "lessons": LESSONS_EN,
        "quiz": QUIZ_EN,
        "scenarios": [SCENARIO_EN],
    },
}

COURSE = {
    "slug": "principles-of-service",
    "locale": "ru",
    "title": "Принципы клиентского сервиса",
    "summary": (
        "Почему качество обслуживания напрямую влияет на выручку, что клиенты ценят больше всего и "
        "на каких одиннадцати принципах строится сервис в нашей компании. Курс даёт общий язык "
        "всем сотрудникам — от торгового зала до бухгалтерии и склада."
    ),
    "estimated_minutes": 40,
    "audiences": ["all-staff"],
    "self_enrol": True,
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO],
    "translations": TRANSLATIONS,
}
