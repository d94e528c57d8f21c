"""Course 001 in German: the four properties of ideal service (a translation of the Russian)."""

LESSONS = [
    {
        "slug": "ideal-service",
        "title": "Was idealer Service ist",
        "intro": (
            "Wir betrachten Service mit den Augen des Kunden: was er erwartet und warum der beste "
            "Service oft der ist, den er kaum bemerkt."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Um zu verstehen, welchen Service ein Kunde erwartet, genügt es, sich "
                    "selbst in seine Lage zu versetzen. Die erste Antwort, die einem einfällt: "
                    "„Alles soll perfekt laufen, ohne Probleme.“ Anders gesagt: Der Kunde möchte "
                    "mit möglichst wenig Aufwand genau das bekommen, was er braucht – ohne Hürden "
                    "unterwegs.</p><p>Am besten ist es, wenn die Leistung genau nach Auftrag "
                    "erbracht wird und der Kunde überhaupt nicht eingreifen muss. Im "
                    "IT-Outsourcing sieht das so aus: Die Updates werden nachts eingespielt, und "
                    "am Morgen arbeitet die Buchhaltung einfach weiter.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Bestellt – abgeholt – läuft.",
                    "attribution": "Die Formel für idealen Service aus Kundensicht",
                },
            ),
            (
                "rule",
                {
                    "title": "Der Kunde muss uns nicht kontrollieren",
                    "rule": (
                        "Wir bringen jede Arbeit so zu Ende, dass der Kunde weder eingreifen noch "
                        "nachfragen, prüfen oder nachbessern lassen muss."
                    ),
                    "why": (
                        "Jedes Eingreifen kostet den Kunden Zeit und gibt ihm einen Grund, an uns "
                        "zu zweifeln. Service, der keine Aufmerksamkeit verlangt, ist der beste "
                        "Service."
                    ),
                },
            ),
            ("heading", {"text": "Wie viel Aufwand hat unser Kunde?", "level": "h2"}),
            (
                "do_dont",
                {
                    "title": "Den Aufwand des Kunden senken, nicht erhöhen",
                    "do": [
                        "Erledigen Sie Aufträge, wo immer möglich, ohne Zutun des Kunden",
                        (
                            "Kündigen Sie den nächsten Schritt an: wann geliefert wird, wer "
                            "anruft, was vorzubereiten ist"
                        ),
                        "Lösen Sie das Anliegen mit einem einzigen Kontakt",
                    ],
                    "dont": [
                        (
                            "Den Kunden bitten, „später noch mal anzurufen“, ohne eine Uhrzeit zu "
                            "nennen"
                        ),
                        "Die Kontrolle unserer Arbeit dem Kunden überlassen",
                        "Ihn für Unterschriften und Bescheinigungen von Abteilung zu Abteilung "
                        "schicken",
                    ],
                },
            ),
            ("heading", {"text": "Die vier Eigenschaften idealen Services", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Damit beim Kunden keine Schwierigkeiten entstehen, braucht Service vier "
                    "Eigenschaften. Jeder davon ist ein Teil dieses Kurses "
                    "gewidmet:</p><ul><li><b>Zuverlässigkeit</b> – Kompetenz im Produkt: Alles "
                    "funktioniert so wie versprochen.</li><li><b>Relevanz</b> – Kompetenz im "
                    "Kunden: Wir behalten alles, was er uns schon gesagt hat.</li><li><b>Wert</b> "
                    "– der Preis passt zum Leistungsniveau.</li><li><b>Vertrauen</b> – der Kunde "
                    "kann sich auf uns verlassen, ohne nachzuprüfen.</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "reliability",
        "title": "Zuverlässigkeit: Kompetenz im Produkt",
        "intro": (
            "Die Leistung muss genau so sein, wie sie versprochen wurde – pünktlich, ohne Ausfälle "
            "und ohne Nacharbeit."
        ),
        "body": [
            ("heading", {"text": "Versprochen ist versprochen – bis ins Detail", "level": "h2"}),
            (
                "rule",
                {
                    "title": "Zugesagt – erledigt",
                    "rule": (
                        "Die Leistung entspricht der Beschreibung bis ins Detail: Alles, was in "
                        "der Werbung, im Vertrag und mündlich zugesagt wurde, bekommt der Kunde "
                        "vollständig und fristgerecht."
                    ),
                    "why": (
                        "Eine Lücke zwischen Versprechen und Ergebnis empfindet der Kunde als "
                        "Täuschung – auch wenn sie noch so klein ist."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Immer erreichbar",
                    "rule": (
                        "Während der Geschäftszeiten erreicht uns der Kunde über jeden der "
                        "angegebenen Kanäle und bekommt innerhalb der festgelegten Frist eine "
                        "Antwort."
                    ),
                    "why": (
                        "Ein Dienstleister, den man nicht erreicht, wirkt unzuverlässig – selbst "
                        "wenn die Arbeit genau nach Plan läuft."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Zuverlässigkeit ist Kompetenz im eigenen Produkt. Läuft eine Leistung "
                    "lange Zeit ohne Störungen und Verzögerungen, über mehrere Kanäle und ohne "
                    "ständiges Nachbessern, hört der Kunde auf, am Anbieter zu zweifeln. Er hält "
                    "keinen Plan B mehr in der Schublade und kontrolliert nicht jeden unserer "
                    "Schritte.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Bevor Sie einen Termin nennen",
                    "situation": (
                        "Der Kunde fragt, wann etwas fertig ist: die Bestellung, die Reparatur, "
                        "die Anpassung oder die Unterlagen."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Prüfen Sie die tatsächliche Auslastung: Lagerbestand, Einsatzplan "
                                "der Techniker, Aufgabenliste."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Planen Sie einen Puffer für die üblichen Verzögerungen ein, statt "
                                "den bestmöglichen Fall zu nennen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Nennen Sie ein konkretes Datum oder Zeitfenster und sagen Sie, "
                                "wovon es abhängt."
                            ),
                            "phrase": (
                                "Fertig ist es am Donnerstag bis 18 Uhr, sofern die Teile am "
                                "Mittwoch aus dem Lager kommen."
                            ),
                        },
                        {
                            "action": "Vereinbaren Sie, wie der Kunde erfährt, dass es fertig ist.",
                            "phrase": (
                                "Ich schreibe Ihnen am Donnerstag eine Nachricht, sobald alles "
                                "fertig ist. Passt Ihnen das so?"
                            ),
                        },
                        {
                            "action": (
                                "Ist der Termin gefährdet, melden Sie sich sofort beim Kunden, "
                                "nicht erst am Stichtag, und bieten Sie eine Lösung an."
                            ),
                            "phrase": (
                                "Die Lieferung verspätet sich um einen Tag. Sie können die "
                                "Bestellung am Freitagvormittag abholen, oder wir bringen sie "
                                "Ihnen am Freitagabend kostenlos vorbei."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Versprechen Sie nicht den Idealfall",
                    "text": (
                        "Ein Termin nach dem Motto „wenn alles glattgeht“ platzt fast immer. "
                        "Lieber einen Tag mehr nennen und früher fertig sein als umgekehrt."
                    ),
                },
            ),
            (
                "phrases",
                {
                    "title": "Termine und Zusagen",
                    "context": (
                        "Daran, wie jemand über Termine spricht, entscheidet der Kunde, ob er sich "
                        "auf ihn verlassen kann."
                    ),
                    "pairs": [
                        {
                            "avoid": "Wir machen das so schnell wie möglich.",
                            "use": "Bis Freitag, 15 Uhr, ist es erledigt.",
                            "why": (
                                "Einen vagen Termin versteht jeder anders, einen konkreten kann "
                                "man überprüfen."
                            ),
                        },
                        {
                            "avoid": "Müsste eigentlich funktionieren.",
                            "use": (
                                "Ich habe es geprüft: Alles funktioniert. Falls doch etwas hakt, "
                                "rufen Sie mich direkt an."
                            ),
                            "why": (
                                "„Müsste“ klingt nach Zweifel. Ein geprüftes Ergebnis und ein "
                                "direkter Draht geben Sicherheit."
                            ),
                        },
                        {
                            "avoid": "Keine Ahnung, wann das kommt. Fragen Sie morgen noch mal.",
                            "use": "Ich frage gleich im Lager nach und rufe Sie bis 14 Uhr zurück.",
                            "why": (
                                "Der Kunde soll sich Informationen nicht selbst beschaffen müssen: "
                                "Das übernehmen wir und nennen eine Uhrzeit."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "relevance-goldfish-principle",
        "title": "Relevanz: das Goldfisch-Prinzip",
        "intro": (
            "Der Kunde muss nicht wiederholen, was er uns schon gesagt hat. Seine Daten und "
            "Wünsche zu behalten ist unsere Aufgabe, nicht seine."
        ),
        "body": [
            ("heading", {"text": "Warum „Goldfisch“?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Dem Goldfisch sagt man nach, sein Gedächtnis reiche nur ein paar Sekunden. "
                    "Die Wissenschaft hat diesen Mythos längst widerlegt, doch das Bild ist "
                    "geblieben: Genau so wirkt ein Unternehmen, das die Daten eines Kunden "
                    "aufnimmt und ihn am nächsten Tag wieder nach Vertragsnummer, Adresse oder "
                    "seinem Problem fragt. Daher der Name „Goldfisch-Prinzip“.</p><p>Relevanz ist "
                    "Kompetenz im Kunden. Alles, was für die Arbeit gebraucht wird, halten wir "
                    "beim ersten Mal fest, damit wir den Kunden später nicht erneut anrufen und "
                    "nach Bankverbindung, Kundennummer oder seinen Wünschen fragen müssen. Viele "
                    "Unternehmen haben das bis heute nicht gelernt – eine gute Gelegenheit, sich "
                    "abzuheben.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "Zum dritten Mal die Vertragsnummer",
                    "story": (
                        "Der Leiter der Buchhaltung eines Kunden, den ein Dienstleister für "
                        "Buchhaltungssoftware betreut, musste in einer Woche dreimal seine "
                        "Vertragsnummer nennen und denselben Fehler von vorn beschreiben: der "
                        "Kollegin an der Hotline, dem Techniker, der zurückrief, und dem Berater, "
                        "der den Termin abstimmen wollte. Beim dritten Mal fragte er, ob er das "
                        "nicht lieber gleich selbst reparieren solle."
                    ),
                    "lesson": (
                        "Jede wiederholte Frage sagt dem Kunden: „Man hat Ihnen nicht zugehört.“ "
                        "Ein einziger Eintrag in der Kundenakte hätte drei Gespräche gespart und "
                        "das Vertrauen erhalten."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "rule",
                {
                    "title": "Wir fragen nur einmal",
                    "rule": (
                        "Alles, was der Kunde uns mitteilt, tragen wir sofort in die Kundenakte "
                        "oder das Ticket ein: Stammdaten, Vertragsnummer, das Problem, Wünsche, "
                        "die beste Zeit für einen Rückruf. Erneut fragen wir nur, was im System "
                        "wirklich fehlt, und sagen dazu, wofür wir es brauchen."
                    ),
                    "why": (
                        "Eine wiederholte Frage zeigt dem Kunden, dass man ihm nicht zugehört hat. "
                        "Ein gemerktes Detail zeigt ihm, dass er uns wichtig ist."
                    ),
                },
            ),
            (
                "procedure",
                {
                    "title": "Der Kunde meldet sich erneut",
                    "situation": (
                        "Ein Kunde ruft an oder schreibt wegen eines Anliegens, mit dem er sich "
                        "schon einmal gemeldet hat."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Suchen Sie den Kunden über Telefonnummer, E-Mail oder den "
                                "Chatverlauf – fangen Sie nicht damit an, ihn seine Daten "
                                "diktieren zu lassen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Öffnen Sie den Verlauf des Anliegens und lesen Sie die letzten "
                                "Einträge der Kolleginnen und Kollegen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": "Zeigen Sie, dass Sie im Bilde sind.",
                            "phrase": (
                                "Ich sehe Ihr Ticket vom Dienstag: Die Zahlungsdateien lassen sich "
                                "nicht erstellen. Unser Techniker war schon auf Ihrem System."
                            ),
                        },
                        {
                            "action": "Fragen Sie nur nach dem, was sich geändert hat.",
                            "phrase": "Was hat sich seitdem geändert?",
                        },
                        {
                            "action": (
                                "Tragen Sie die neuen Angaben in dasselbe Ticket ein, damit die "
                                "nächste Kollegin sie sieht."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Ohne überflüssige Fragen",
                    "context": (
                        "Der Kunde meldet sich erneut, und alle seine Daten sind bereits im System."
                    ),
                    "pairs": [
                        {
                            "avoid": "Nennen Sie mir bitte noch einmal Ihre Vertragsnummer.",
                            "use": (
                                "Ich habe Ihren Vertrag Nr. 214-B über Ihre Telefonnummer "
                                "gefunden. Stimmt das so?"
                            ),
                            "why": (
                                "Bestätigen geht schneller als neu diktieren, und der Kunde merkt, "
                                "dass man sich an ihn erinnert."
                            ),
                        },
                        {
                            "avoid": "Beschreiben Sie das Problem bitte noch einmal von Anfang an.",
                            "use": (
                                "Mein Kollege hat notiert, dass der Fehler beim Drucken der "
                                "Rechnung auftritt. Was hat sich seitdem geändert?"
                            ),
                            "why": (
                                "Der Kunde erzählt nur das Neue und verliert keine Zeit mit "
                                "Wiederholungen."
                            ),
                        },
                        {
                            "avoid": "Bei mir steht nicht, dass Sie sich schon gemeldet haben.",
                            "use": (
                                "Ich suche gleich Ihr Ticket heraus. Wissen Sie noch ungefähr, "
                                "wann Sie sich gemeldet haben?"
                            ),
                            "why": (
                                "Fehlt der Eintrag, ist das unser Fehler: Wir fragen nur das "
                                "Nötigste, um ihn zu finden, und schieben die Schuld nicht dem "
                                "Kunden zu."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Wunsch notieren – und erfüllen",
                    "text": (
                        "Hat der Kunde gebeten, nur nachmittags anzurufen oder Unterlagen an die "
                        "persönliche Adresse der Buchhalterin zu schicken, vermerken Sie das in "
                        "der Kundenakte. Wenn die nächste Kollegin diesen Wunsch von selbst "
                        "berücksichtigt, spürt der Kunde: Hier arbeitet ein Team."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "value-and-trust",
        "title": "Wert und Vertrauen",
        "intro": (
            "Der Kunde prüft, ob der Preis zum Leistungsniveau passt, und entscheidet, ob er uns "
            "ohne Nachkontrolle vertrauen kann. Beides entsteht aus Kleinigkeiten."
        ),
        "body": [
            ("heading", {"text": "Wert: Der Preis passt zum Niveau", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Kunden wägen immer Preis und Qualität gegeneinander ab – aber gemessen an "
                    "der Klasse der Leistung. Wer beim Gebrauchtwagenhändler am Stadtrand kauft, "
                    "ist zufrieden, wenn der Preis stimmt; mehr erwartet er nicht. Die Kundin "
                    "eines Premium-Autohauses darf ein ganz anderes Niveau erwarten: von der "
                    "Beratung zur Luxusausstattung und kleinen Extras bis zum Cappuccino, während "
                    "der Kaufvertrag vorbereitet wird.</p><p>Unsere Aufgabe ist, zu verstehen, für "
                    "welches Niveau der Kunde bezahlt, und es ihm vollständig zu bieten: nicht an "
                    "dem sparen, was im Preis enthalten ist, und niemandem teure Extras "
                    "aufdrängen, der wegen des günstigen Preises gekommen ist.</p>"
                ),
            ),
            ("heading", {"text": "Vertrauen: Der Kunde muss uns nicht nachprüfen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Früher genügte es für Vertrauen, alles wie vereinbart und pünktlich zu "
                    "liefern. Heute reicht das nicht mehr. Wirklich vertraut ein Kunde einem "
                    "Unternehmen, wenn er sicher weiß:</p><ul><li>Er muss Rechnungen nicht "
                    "nachrechnen: Sie stimmen, und niemand versucht, an ihm zu "
                    "verdienen.</li><li>Er muss sich das Ende der Garantie nicht merken – wir "
                    "erinnern ihn rechtzeitig.</li><li>Er kann uns nach Alternativen fragen, auch "
                    "bei der Konkurrenz, und bekommt eine ehrliche Antwort.</li><li>Er kann sich "
                    "auf unsere Kompetenz verlassen: Will er mehr kaufen, als er braucht, sagen "
                    "wir es ihm.</li></ul>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "So gewinnen Sie Vertrauen",
                    "do": [
                        "Prüfen Sie Rechnungen und Abnahmeprotokolle, bevor sie zum Kunden gehen",
                        "Erinnern Sie rechtzeitig an das Ende von Garantie, Lizenz oder Vertrag",
                        (
                            "Vergleichen Sie unsere Produkte ehrlich mit Alternativen, auch mit "
                            "denen der Konkurrenz"
                        ),
                        "Sagen Sie es, wenn der Kunde mehr wählt, als er braucht",
                    ],
                    "dont": [
                        "Rechnungen ungeprüft verschicken, der Kunde kann sie ja kontrollieren",
                        (
                            "Über das Garantieende schweigen, um später eine kostenpflichtige "
                            "Reparatur zu verkaufen"
                        ),
                        "Die Konkurrenz schlechtmachen oder ihre Vorteile verschweigen",
                        "Eine teure Ausstattung verkaufen, die der Kunde nie nutzen wird",
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Wir verkaufen nichts Überflüssiges",
                    "rule": (
                        "Will ein Kunde mehr kaufen, als er braucht, sagen wir es ihm und bieten "
                        "ihm die passende Lösung an."
                    ),
                    "why": (
                        "Heute verzichten wir auf einen Teil des Umsatzes, gewinnen aber einen "
                        "Kunden, der unseren Empfehlungen glaubt und mit neuen Aufträgen "
                        "wiederkommt."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Drei Lizenzen statt fünf",
                    "story": (
                        "Ein Kunde wollte fünf Lizenzen einer Buchhaltungssoftware kaufen. Die "
                        "Beraterin fragte, wie viele Personen gleichzeitig damit arbeiten würden – "
                        "es waren drei. Sie empfahl drei Lizenzen und erklärte, wie schnell sich "
                        "weitere nachkaufen lassen, wenn das Team wächst. Der Auftrag fiel kleiner "
                        "aus, doch ein halbes Jahr später übertrug der Kunde dem Unternehmen die "
                        "Betreuung seiner gesamten Buchhaltungssysteme."
                    ),
                    "lesson": (
                        "Ein ehrlicher Rat statt eines überflüssigen Verkaufs ist die lohnendste "
                        "Investition in Vertrauen. Ein Kunde, den man nicht „überredet“ hat, kommt "
                        "von selbst mit neuen Aufträgen."
                    ),
                    "outcome": "good",
                },
            ),
            ("heading", {"text": "Kriterien für richtiges Handeln", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Die vier Eigenschaften in jedem Kundenkontakt",
                    "criteria": [
                        {
                            "code": "finds-client-history",
                            "text": (
                                "Findet den Kunden und den Verlauf seiner Anliegen, ohne bekannte "
                                "Daten noch einmal zu erfragen"
                            ),
                        },
                        {
                            "code": "asks-only-new-info",
                            "text": "Fragt nur nach Neuem und erklärt, wofür die Angabe nötig ist",
                        },
                        {
                            "code": "records-in-card",
                            "text": (
                                "Trägt alles, was der Kunde gesagt hat, in die Kundenakte oder in "
                                "dasselbe Ticket ein"
                            ),
                        },
                        {
                            "code": "names-exact-deadline",
                            "text": (
                                "Nennt einen konkreten Termin und sagt, wie der Kunde vom Ergebnis "
                                "erfährt"
                            ),
                        },
                        {
                            "code": "warns-about-delay",
                            "text": "Kündigt Verzögerungen rechtzeitig an und bietet Lösungen an",
                        },
                        {
                            "code": "checks-before-handover",
                            "text": (
                                "Prüft das Ergebnis – Arbeit, Rechnung, Unterlagen –, bevor es zum "
                                "Kunden geht"
                            ),
                        },
                        {
                            "code": "honest-advice",
                            "text": (
                                "Berät ehrlich: warnt vor Überflüssigem und verschweigt keine "
                                "Alternativen"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "ideal-service-quiz-de",
    "version_of": "ideal-service-quiz",
    "title": "Wissenstest: die vier Eigenschaften idealen Services",
    "description": (
        "Sieben Fragen zu Zuverlässigkeit, Relevanz, Wert und Vertrauen anhand von Beispielen aus "
        "dem Arbeitsalltag. Zum Bestehen brauchen Sie mindestens 70 % richtige Antworten."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": True,
    "success_text": (
        "Bestanden! Sie wissen, wie Sie dafür sorgen, dass der Kunde uns nicht kontrollieren muss. "
        "Fangen Sie klein an: keine einzige Frage mehr nach etwas, das schon im System steht."
    ),
    "fail_text": (
        "Noch nicht ganz. Lesen Sie die Lektionen zum Goldfisch-Prinzip und zum Vertrauen noch "
        "einmal und machen Sie den Test dann erneut."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "Eine Kundin schreibt in den Support-Chat und nennt auf Bitte des Mitarbeiters zum "
                "dritten Mal ihre Vertragsnummer. Welche Eigenschaft idealen Services wird "
                "verletzt?"
            ),
            "explanation": (
                "Das ist die Relevanz – das „Goldfisch-Prinzip“. Das Unternehmen hat die Daten der "
                "Kundin bereits; sie erneut abzufragen zeigt, dass man ihr nicht zugehört hat."
            ),
            "answers": [
                {"content": "Wert", "correct": False},
                {"content": "Zuverlässigkeit", "correct": False},
                {"content": "Vertrauen", "correct": False},
                {"content": "Relevanz", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Das Goldfisch-Prinzip verlangt, Kundendaten nicht erneut abzufragen, wenn sie "
                "bereits im System stehen."
            ),
            "correct": True,
            "explanation": (
                "Richtig. Erneut gefragt wird nur, was wirklich fehlt – und mit einer Erklärung, "
                "wofür es gebraucht wird."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Was erlaubt es einem Kunden, dem Unternehmen ohne Nachprüfen zu vertrauen? "
                "Markieren Sie alle richtigen Antworten."
            ),
            "explanation": (
                "Vertrauen entsteht aus fehlerfreien Rechnungen, der Sorge um die Fristen des "
                "Kunden und ehrlichem Rat. Wer Alternativen verschweigt, untergräbt dagegen das "
                "Vertrauen, sobald der Kunde die Wahrheit erfährt."
            ),
            "answers": [
                {
                    "content": (
                        "Der Berater lobt nur die eigenen Produkte und schweigt über Alternativen"
                    ),
                    "correct": False,
                },
                {"content": "Rechnungen sind immer fehlerfrei", "correct": True},
                {
                    "content": "Das Unternehmen erinnert rechtzeitig an das Ende der Garantie",
                    "correct": True,
                },
                {
                    "content": "Der Berater sagt es, wenn der Kunde mehr kauft, als er braucht",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Ein Kunde fragt, wann seine Reparatur fertig ist. Welche Antwort drückt "
                "Zuverlässigkeit am besten aus?"
            ),
            "explanation": (
                "Eine zuverlässige Antwort nennt einen konkreten Termin, die Bedingung, von der er "
                "abhängt, und das Versprechen, rechtzeitig Bescheid zu geben. Vage Angaben kann "
                "der Kunde weder überprüfen noch danach planen."
            ),
            "answers": [
                {"content": "„So schnell wie möglich.“", "correct": False},
                {
                    "content": (
                        "„Am Donnerstag bis 18 Uhr. Falls sich die Teile verspäten, sage ich Ihnen "
                        "am Mittwoch Bescheid.“"
                    ),
                    "correct": True,
                },
                {
                    "content": "„Meistens drei, vier Tage, aber das ist unterschiedlich.“",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Die Kundin beim Gebrauchtwagenhändler und der Kunde im Premium-Autohaus müssen "
                "genau denselben Service bekommen, sonst ist das unfair."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Respekt und Ehrlichkeit verdienen alle, aber das Serviceniveau muss zu "
                "Preis und Klasse der Leistung passen. Wer ein Premium-Autohaus wählt, bezahlt "
                "auch für Aufmerksamkeit, Komfort und zusätzliche Extras."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Ein Techniker sieht, dass sich ein Kunde mit demselben Problem erneut meldet. Wie "
                "beginnt er das Gespräch richtig?"
            ),
            "explanation": (
                "Zeigen Sie, dass Sie den Verlauf kennen, und fragen Sie nur nach dem Neuen. Ein "
                "neues Ticket zerreißt den Verlauf, und die Bitte, alles noch einmal zu erzählen, "
                "ist der klassische „Goldfisch“."
            ),
            "answers": [
                {
                    "content": (
                        "Er bittet, das Problem von Anfang an zu schildern, damit nichts verloren "
                        "geht"
                    ),
                    "correct": False,
                },
                {
                    "content": "Er legt ein neues Ticket an und bittet, es noch einmal auszufüllen",
                    "correct": False,
                },
                {
                    "content": (
                        "Er zeigt, dass er den Verlauf kennt, und fragt, was sich geändert hat"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Ein Kunde möchte fünf Lizenzen einer Software kaufen, gleichzeitig arbeiten aber "
                "nur drei Personen damit. Was tun Sie?"
            ),
            "explanation": (
                "Ein ehrlicher Rat stärkt das Vertrauen: Der Kunde merkt, dass Sie auf seiner "
                "Seite stehen, und kommt für weitere Käufe wieder."
            ),
            "answers": [
                {"content": "Fünf verkaufen – der Kunde hat es so entschieden", "correct": False},
                {
                    "content": (
                        "Erklären, dass drei genügen, und zeigen, wie man bei Bedarf Lizenzen "
                        "nachkauft"
                    ),
                    "correct": True,
                },
                {
                    "content": "Fünf verkaufen und einen Rabatt auf die sechste anbieten",
                    "correct": False,
                },
            ],
        },
    ],
}

SCENARIO = {
    "slug": "goldfish-repeat-request",
    "title": "„Schon wieder ich“: erneute Anfrage im Support-Chat",
    "situation_type": "complex",
    "channel": "chat",
    "briefing": (
        "Sie arbeiten im Support eines Unternehmens, das Buchhaltungssoftware betreut. Im Chat "
        "meldet sich der Leiter der Buchhaltung eines Kunden. Vor zwei Tagen hat er schon "
        "angerufen: Beim Erstellen der Zahlungsdateien meldet das Programm einen Fehler. Das "
        "Ticket ist im System, ein Techniker hat sich aufgeschaltet, aber das Problem besteht "
        "weiter – und heute ist die Umsatzsteuer fällig. Zeigen Sie, dass das Unternehmen den "
        "Kunden kennt, und bringen Sie die Sache zu einem Ergebnis."
    ),
    "persona": {
        "name": "Herr Hoffmann, Leiter der Buchhaltung",
        "mood": "müde und gereizt: Er schreibt nicht zum ersten Mal wegen dieser Sache",
    },
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "„Guten Tag. Schon wieder ich. Die Zahlungsdateien lassen sich immer noch nicht "
                "erstellen, und heute ist die Umsatzsteuer fällig. Wie lange soll das noch so "
                "gehen?“"
            ),
            "choices": [
                {
                    "reply": (
                        "Guten Tag! Nennen Sie mir bitte Ihre Kundennummer und die Vertragsnummer "
                        "und beschreiben Sie das Problem ausführlich."
                    ),
                    "feedback": (
                        "Der klassische „Goldfisch“: Der Kunde hat diese Daten längst angegeben, "
                        "und aus dem Chatverlauf ist ersichtlich, wer er ist. Der Ärger wächst."
                    ),
                    "points": -2,
                    "criterion": "finds-client-history",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Guten Tag, Herr Hoffmann! Ich sehe Ihr Ticket vom Montag: Fehler beim "
                        "Erstellen der Zahlungsdateien, gestern hat sich unser Techniker Jonas auf "
                        "Ihr System geschaltet. Es tut mir leid, dass das noch nicht gelöst ist. "
                        "Ist es derselbe Fehler wie vorher?"
                    ),
                    "feedback": (
                        "Sie haben das Ticket selbst gefunden und gezeigt, dass Sie das Anliegen "
                        "des Kunden kennen. Er muss nicht wieder von vorn anfangen."
                    ),
                    "points": 3,
                    "criterion": "finds-client-history",
                    "next": "s2",
                },
                {
                    "reply": (
                        "Guten Tag. Aktuell gibt es viele Anfragen, wir antworten in der "
                        "Reihenfolge des Eingangs."
                    ),
                    "feedback": (
                        "Eine Standardfloskel am Tag der Steuerfrist klingt nach „Ist uns egal“. "
                        "Der Kunde bekommt weder Aufmerksamkeit noch einen Termin."
                    ),
                    "points": -3,
                    "criterion": "names-exact-deadline",
                    "next": "s2b",
                },
            ],
        },
        "s2": {
            "text": (
                "„Derselbe. Und seit heute werden auch die Kontoauszüge nicht mehr abgerufen. Ich "
                "habe Ihrem Techniker schon alles erklärt.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Gut, dann lege ich für die Kontoauszüge ein neues Ticket an. Beschreiben "
                        "Sie darin bitte alles noch einmal."
                    ),
                    "feedback": (
                        "Ein zweites Ticket zerreißt den Verlauf: Der Techniker sieht zwei "
                        "verschiedene Probleme, und der Kunde muss wieder alles erklären."
                    ),
                    "points": -2,
                    "criterion": "records-in-card",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Verstanden, ich nehme das in dasselbe Ticket auf, damit der Techniker es "
                        "sofort sieht. Die Kontoauszüge kommen seit heute Morgen nicht mehr an?"
                    ),
                    "feedback": (
                        "Sie haben nur nach dem Neuen gefragt und es dort notiert, wo die Kollegen "
                        "es sehen."
                    ),
                    "points": 2,
                    "criterion": "records-in-card",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "„Das habe ich Ihnen alles vorgestern durchgegeben! Schreibt bei Ihnen denn "
                "niemand etwas auf? Soll ich das am Ende selbst reparieren?“"
            ),
            "choices": [
                {
                    "reply": (
                        "Sie haben recht, entschuldigen Sie: Ihre Daten liegen uns vor, ich habe "
                        "Ihr Ticket zum Fehler bei den Zahlungsdateien schon geöffnet. Sie müssen "
                        "nichts wiederholen. Sagen Sie mir nur: Was hat sich seit gestern geändert?"
                    ),
                    "feedback": (
                        "Eine gute Wende: Sie haben den Fehler eingeräumt und die Fragen auf eine "
                        "einzige reduziert. Der erste Eindruck ist aber schon verdorben."
                    ),
                    "points": 1,
                    "criterion": "asks-only-new-info",
                    "next": "s3",
                },
                {
                    "reply": (
                        "So ist nun mal das Verfahren: Ohne Vertragsnummer kann ich keine Anfrage "
                        "aufnehmen."
                    ),
                    "feedback": (
                        "Die Formalie war wichtiger als der Kunde. Genau so verlieren Unternehmen "
                        "Kunden, die es „lieber selbst machen“."
                    ),
                    "points": -3,
                    "criterion": "finds-client-history",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": ("„Ich muss die Zahlungen bis 16 Uhr an die Bank schicken. Schaffen Sie das?“"),
            "choices": [
                {
                    "reply": "Wir versuchen es, der Techniker meldet sich bei Ihnen.",
                    "feedback": (
                        "Ohne Uhrzeit und ohne Plan B kann der Kunde seinen Tag nicht planen und "
                        "bleibt bis zum Abend nervös."
                    ),
                    "points": 0,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Garantieren kann ich das nicht: Die Techniker haben heute viele Tickets."
                    ),
                    "feedback": (
                        "Ehrlich, aber nutzlos. Der Kunde braucht keine Prognose Ihrer Probleme, "
                        "sondern einen Plan, wie er die Frist einhält."
                    ),
                    "points": -2,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Ich gebe das Ticket mit dem Vermerk „dringend – Steuerfrist“ an den "
                        "Techniker weiter: Er schaltet sich bis 13 Uhr auf Ihr System. Falls die "
                        "Korrektur länger dauert, zeige ich Ihnen, wie Sie die Überweisungen "
                        "manuell exportieren, damit Sie 16 Uhr sicher schaffen. Um 13:30 Uhr melde "
                        "ich mich mit dem Stand."
                    ),
                    "feedback": (
                        "Eine konkrete Uhrzeit, ein Plan B und die Zusage, über den Stand zu "
                        "informieren – der Kunde kann seinen Tag in Ruhe planen."
                    ),
                    "points": 3,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "Um 12:40 Uhr hat sich der Techniker aufgeschaltet und die Ursache gefunden: Nach "
                "dem Update haben sich die Einstellungen für den Bankdatenaustausch verstellt. Die "
                "Korrektur braucht noch etwa eine Stunde, bis ungefähr 14 Uhr. Es ist jetzt 13:30 "
                "Uhr."
            ),
            "choices": [
                {
                    "reply": (
                        "Dem Kunden schreiben: „Herr Hoffmann, der Techniker hat die Ursache "
                        "gefunden: Nach dem Update haben sich die Einstellungen für den "
                        "Bankdatenaustausch verstellt. Die Korrektur dauert etwa eine Stunde; ab "
                        "14 Uhr lassen sich die Zahlungsdateien wieder erstellen, 16 Uhr schaffen "
                        "Sie also. Ich melde mich, sobald er fertig ist.“"
                    ),
                    "feedback": (
                        "Sie haben Ihre Zusage gehalten, über den Stand zu informieren, und den "
                        "Termin rechtzeitig angekündigt. Der Kunde ist beruhigt."
                    ),
                    "points": 2,
                    "criterion": "warns-about-delay",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Bis zum Ende der Arbeiten nichts schreiben – warum den Kunden unnötig "
                        "stören?"
                    ),
                    "feedback": (
                        "Sie hatten versprochen, sich um 13:30 Uhr zu melden. Schweigen nach einer "
                        "Zusage wirkt wie eine weitere vergessene Vereinbarung."
                    ),
                    "points": -2,
                    "criterion": "warns-about-delay",
                    "next": "s5",
                },
            ],
        },
        "s5": {
            "text": "Um 13:55 Uhr meldet der Techniker, dass er fertig ist.",
            "choices": [
                {
                    "reply": (
                        "Das Ticket ohne Nachricht schließen: Der Kunde sieht ja selbst, dass "
                        "alles funktioniert."
                    ),
                    "feedback": (
                        "Das Problem ist gelöst, aber der Kunde erfährt es zufällig – und hat "
                        "wieder das Gefühl, dass man Ihnen alles „aus der Nase ziehen“ muss."
                    ),
                    "points": -2,
                    "criterion": "checks-before-handover",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Den Techniker bitten, eine Testüberweisung zu erstellen und die "
                        "Kontoauszüge abzurufen, dann schreiben: „Erledigt: Wir haben es mit einer "
                        "Testüberweisung geprüft, die Kontoauszüge kommen auch wieder an. Ursache "
                        "und Einstellungen haben wir in Ihrer Kundenakte vermerkt, damit wir sie "
                        "nach künftigen Updates als Erstes prüfen.“"
                    ),
                    "feedback": (
                        "Sie haben das Ergebnis vor der Übergabe geprüft und die Ursache notiert – "
                        "beim nächsten Mal muss niemand bei null anfangen."
                    ),
                    "points": 2,
                    "criterion": "checks-before-handover",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Die Zahlungen gehen um 15:10 Uhr raus. Herr Hoffmann schreibt: „Danke, dass ich "
                "diesmal nichts dreimal erklären musste.“ Einen Monat später überträgt Ihnen sein "
                "Unternehmen zusätzlich die Betreuung des Lohnmoduls."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Das Problem ist gelöst, die Zahlungen sind pünktlich raus. Aber der Kunde hat es "
                "erst gemerkt, als er selbst ins Programm geschaut hat – und der Eindruck „Da "
                "kommt man ja nicht durch“ ist geblieben."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Der Leiter der Buchhaltung überweist von Hand, ist mit einer Zahlung zu spät und "
                "schreibt seinem Geschäftsführer, der Support „merkt sich nichts und löst nichts“. "
                "Ein Wechsel des Dienstleisters steht auf der Tagesordnung der nächsten "
                "Besprechung."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION = {
    "title": "Vier Eigenschaften idealen Services",
    "summary": (
        "Für den Kunden sieht idealer Service ganz einfach aus: bestellt, bekommen, alles läuft – "
        "und kein unnötiger Aufwand. Der Kurs stellt die vier Eigenschaften vor, die dahin führen: "
        "Zuverlässigkeit, Relevanz, Wert und Vertrauen – und zeigt, wie jede von ihnen im "
        "Arbeitsalltag sichtbar wird."
    ),
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO],
}
