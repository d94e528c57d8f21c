"""Course 004 (German original, Russian and English translations): customer care and loyalty."""

from .c004_loyalty_en import TRANSLATION_EN
from .c004_loyalty_ru import TRANSLATION_RU

LESSONS = [
    {
        "slug": "zufriedenheit-und-loyalitaet",
        "title": "Zufriedenheit ist nicht gleich Loyalität",
        "intro": (
            "Ein zufriedener Kunde hat heute gut bei uns eingekauft. Ein loyaler Kunde kommt "
            "wieder, empfiehlt uns weiter und verzeiht auch einmal einen Fehler."
        ),
        "body": [
            (
                "case",
                {
                    "title": "Der Karaoke-Player, Variante 1: „Alles liegt vor Ihnen“",
                    "story": (
                        "Ein Kunde fragt im Elektronikmarkt: „Haben Sie DVD-Player mit "
                        "Karaoke-Funktion?“ Der Verkäufer antwortet, ohne aufzustehen: „Was wir "
                        "haben, sehen Sie doch. Lesen Sie einfach, was draufsteht – wo Karaoke "
                        "draufsteht, ist Karaoke drin.“ Der Kunde blickt auf das volle Regal, "
                        "zögert und geht."
                    ),
                    "lesson": (
                        "Formal hat der Verkäufer die Frage beantwortet. Tatsächlich hat er dem "
                        "Kunden zu verstehen gegeben, dass er stört. Der Kunde geht mit "
                        "enttäuschten Erwartungen und schlechter Laune – und kauft woanders."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "case",
                {
                    "title": "Der Karaoke-Player, Variante 2: „Kommen Sie näher“",
                    "story": (
                        "Derselbe Kunde, dieselbe Frage. Diesmal antwortet die Verkäuferin: „Guten "
                        "Tag! Ja, DVD-Player mit Karaoke haben wir von mehreren Herstellern. "
                        "Kommen Sie doch näher an die Vitrine, ich zeige sie Ihnen.“ Der Kunde "
                        "bleibt, lässt sich beraten und kauft."
                    ),
                    "lesson": (
                        "Sortiment, Kunde und Frage sind gleich, in beiden Fällen wurde die Frage "
                        "beantwortet. Der Unterschied liegt allein im Umgang mit dem Kunden. "
                        "Servicestandards sorgen dafür, dass die zweite Variante die Regel ist und "
                        "nicht vom Zufall abhängt."
                    ),
                    "outcome": "good",
                },
            ),
            ("heading", {"text": "Zufrieden heißt noch nicht treu", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wer freundlich behandelt wird, gute Ware bekommt und gut betreut wird, ist "
                    "zufrieden. Diese Zufriedenheit entsteht aber „hier und jetzt“: Sie bedeutet "
                    "noch keine emotionale Bindung an das Unternehmen oder die Marke. Ein nur "
                    "zufriedener Kunde kauft vielleicht öfter bei uns, wechselt aber ohne Zögern, "
                    "sobald die Konkurrenz ein interessantes Angebot macht.</p><p>Ein loyaler "
                    "Kunde dagegen verhält sich anders:</p><ul><li>Er kauft regelmäßig bei "
                    "uns.</li><li>Er empfiehlt uns Kollegen, Geschäftspartnern und "
                    "Freunden.</li><li>Er verzeiht gelegentliche kleine Fehler – solange sie "
                    "Ausnahmen bleiben und nicht zur neuen Normalität werden.</li><li>Aktionen und "
                    "Rabatte der Konkurrenz lassen ihn weitgehend kalt.</li><li>Er fühlt sich dem "
                    "Unternehmen emotional verbunden.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Warum Programme allein nicht reichen",
                    "text": (
                        "Viele Unternehmen versuchen, Loyalität mit Bonusprogrammen und "
                        "PR-Aktionen zu erreichen, und sind vom Ergebnis enttäuscht. Dauerhaft "
                        "wirkt, was der Kunde bei jedem einzelnen Kontakt erlebt. Genau das regeln "
                        "Servicestandards – deshalb sind sie heute eines der wirksamsten Werkzeuge "
                        "für Kundenbindung."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Jede Frage ist eine Einladung",
                    "rule": (
                        "Auf eine Kundenfrage antworten wir konkret und bieten von uns aus an, "
                        "Produkte zu zeigen oder zu erklären. Wir verweisen nicht auf Regale, "
                        "Schilder oder die Website."
                    ),
                    "why": (
                        "Mit der Frage öffnet der Kunde das Gespräch. Wer ihn auf das Schild "
                        "verweist, beendet es – und mit ihm den Kauf."
                    ),
                },
            ),
            (
                "phrases",
                {
                    "title": "Die ersten Worte auf der Verkaufsfläche",
                    "context": (
                        "Der Kunde hat eine Frage gestellt. Ob er bleibt, entscheidet sich in den "
                        "ersten Sekunden."
                    ),
                    "pairs": [
                        {
                            "avoid": "Alles, was wir haben, steht da.",
                            "use": (
                                "Ja, die haben wir in mehreren Ausführungen. Darf ich sie Ihnen "
                                "zeigen?"
                            ),
                            "why": (
                                "Der Kunde fühlt sich eingeladen statt abgewiesen, und das "
                                "Gespräch geht weiter."
                            ),
                        },
                        {
                            "avoid": "Steht doch auf dem Schild.",
                            "use": (
                                "Dieses Modell hat die Funktion – ich zeige Ihnen kurz, wie sie "
                                "funktioniert."
                            ),
                            "why": (
                                "Wer den Kunden auf das Schild verweist, gibt ihm das Gefühl, eine "
                                "dumme Frage gestellt zu haben."
                            ),
                        },
                        {
                            "avoid": "Da kann ich Ihnen nicht helfen.",
                            "use": (
                                "Das führen wir leider nicht. Ich kann es für Sie bestellen oder "
                                "Ihnen eine Alternative zeigen."
                            ),
                            "why": "Auch ein Nein kann mit einem Angebot enden.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "wann-standards-noetig-sind",
        "title": "Wann ein Unternehmen Standards braucht",
        "intro": (
            "Es gibt deutliche Signale dafür, dass der Service dem Zufall überlassen ist. Wer sie "
            "erkennt, weiß: Es ist Zeit für verbindliche Standards – und zwar für alle Abteilungen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Die Erfahrung russischer wie internationaler Unternehmen zeigt: Wer in "
                    "seinen Unternehmensstandards ein Klima von Respekt, Freundlichkeit und "
                    "Professionalität verankert und daraus ein System guter Kundenbetreuung macht, "
                    "verschafft sich einen deutlichen Wettbewerbsvorteil.</p>"
                ),
            ),
            ("heading", {"text": "Warnsignale", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Die Beschwerden über den Umgang mit Kunden nehmen zu, und oft liegt "
                    "die Ursache im Ablauf der Kundenbetreuung selbst.</li><li>Stammkunden wandern "
                    "ab.</li><li>Immer mehr Wettbewerber bieten vergleichbare Waren zu "
                    "vergleichbaren Preisen – der Wettbewerb verlagert sich in die "
                    "Servicequalität.</li><li>Es gibt keinen einheitlichen Stil im Umgang mit "
                    "Kunden: Jeder arbeitet nach eigener Erfahrung und so, wie es ihm bequem "
                    "ist.</li><li>Filialen derselben Kette unterscheiden sich in Stil und "
                    "Serviceniveau so stark, dass kein einheitliches Bild des Unternehmens "
                    "entsteht.</li><li>Es gibt zwar Regeln für den Kundenkontakt, aber sie sind "
                    "nicht verbindlich und werden nicht immer eingehalten.</li><li>Es fehlen "
                    "klare, für alle verständliche Kriterien, woran gute Kundenbetreuung zu "
                    "erkennen ist.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Schon ein Signal kostet Kunden",
                    "text": (
                        "Jedes dieser Anzeichen kostet Kunden. Treten mehrere gleichzeitig auf, "
                        "verliert das Unternehmen laufend Stammkunden – meist, ohne es zu merken."
                    ),
                },
            ),
            ("heading", {"text": "Standards gelten für alle Abteilungen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Bevor man Standards entwickelt, muss man klären, wofür genau sie gelten "
                    "sollen. Manche Unternehmen schreiben Standards nur für das Personal an der "
                    "Front – Verkauf, Kasse, Vertriebsmitarbeitende. Doch auch Buchhaltung, "
                    "Sekretariat, Lager und Montage haben Kundenkontakt, wenn auch seltener. Das "
                    "Ergebnis: Der Verkauf läuft tadellos, während Kundendienst und Nachbetreuung "
                    "viel zu wünschen übrig lassen.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "Die Fensterbauer",
                    "story": (
                        "Ein Unternehmen verkauft und montiert Kunststofffenster. Die "
                        "Vertriebsmitarbeitenden halten sich mustergültig an alle Vorgaben im "
                        "Kundengespräch. Dann kommt der Montagetrupp in die Wohnung des Kunden: in "
                        "schmutzigen Schuhen und nicht mehr ganz frischer Arbeitskleidung. Die "
                        "Fenster werden eingebaut, und der Trupp geht – wortlos und ohne den "
                        "Bauschutt mitzunehmen. Bei der Geschäftsführung gehen regelmäßig "
                        "Beschwerden ein."
                    ),
                    "lesson": (
                        "Der Kunde bewertet das Unternehmen nach dem gesamten Erlebnis, nicht nach "
                        "dem besten Mitarbeiter. Schon zu Beginn der Arbeit an Standards müssen "
                        "alle Prozesse erfasst werden, in denen Mitarbeitende mit Kunden zu tun "
                        "haben – auch Montage, Lieferung und Buchhaltung."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "do_dont",
                {
                    "title": "Service hinter den Kulissen",
                    "do": [
                        (
                            "Buchhaltung: Rechnungen vor dem Versand prüfen und Rückfragen "
                            "freundlich und zügig beantworten"
                        ),
                        (
                            "Sekretariat: Anrufer freundlich begrüßen und zuverlässig verbinden "
                            "oder zurückrufen"
                        ),
                        (
                            "Lager und Lieferung: Ware sorgfältig verpacken, Termine einhalten, "
                            "sich bei Verspätung melden"
                        ),
                        (
                            "Montage: Schuhüberzieher und saubere Kleidung tragen, Möbel abdecken, "
                            "Schutt mitnehmen, das Ergebnis gemeinsam mit dem Kunden abnehmen"
                        ),
                    ],
                    "dont": [
                        "Anrufer mit „Dafür bin ich nicht zuständig“ abwimmeln",
                        "Einen Rückruf zusagen und ihn vergessen",
                        "Ware später als vereinbart und ohne Ankündigung liefern",
                        "Die Wohnung wortlos und voller Schutt verlassen",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "standards-gemeinsam-entwickeln",
        "title": "Standards gemeinsam entwickeln",
        "intro": (
            "Einen Standard, den die Mitarbeitenden selbst mitgestaltet haben, leben sie auch. "
            "Einer, der nur von oben verordnet wird, bleibt oft Papier."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Die Entwicklung und Einführung von Servicestandards ist ein Projekt "
                    "innerhalb des Unternehmens. Ob es gelingt, hängt davon ab, dass die "
                    "wichtigsten Etappen sorgfältig durchlaufen werden.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Projektfahrplan: vom Entschluss zum gelebten Standard",
                    "situation": (
                        "Die Geschäftsführung hat entschieden, verbindliche Standards der "
                        "Kundenbetreuung einzuführen."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Ziele und Rahmen festlegen. Die Führung beantwortet: Wozu "
                                "brauchen wir Standards? Was ändert sich für Mitarbeitende und "
                                "Kunden? Wie führen wir sie ein und wie prüfen wir die Einhaltung? "
                                "Wie motivieren wir alle, danach zu arbeiten?"
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Eine Arbeitsgruppe bilden: Vertreter der Geschäftsführung, "
                                "Leitungen der betroffenen Abteilungen, Mitarbeitende, für die die "
                                "Standards gelten sollen, dazu Fachleute aus Marketing und "
                                "Personalabteilung."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Intern kommunizieren. Spätestens ein bis zwei Monate vor "
                                "Projektstart erfahren alle, dass Standards kommen und die Arbeit "
                                "mit Kunden danach ausgerichtet wird. Alle sind ausdrücklich "
                                "eingeladen, Ideen zu Aufbau und Inhalt beizutragen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Den Ist-Zustand bewerten: reale Kundenkontakte beobachten, "
                                "Interviews mit Verkauf und anderen Abteilungen führen, Testkäufe "
                                "durch Mystery Shopper durchführen. Situationen als „typisch“, "
                                "„komplex“ oder „Konflikt“ einordnen und die Stellen finden, an "
                                "denen es heute hakt."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Schwierige Situationen sammeln. In Gesprächen mit Mitarbeitenden "
                                "herausfinden, was ihnen heute die größten Schwierigkeiten "
                                "bereitet, die wirksamste Lösung bestimmen und im Standard "
                                "festhalten."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Struktur und Inhalt gestalten – passend zum Geschäft (siehe "
                                "unten: B2C und B2B)."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Einführen: Schulungen zum Start, Einarbeitung neuer "
                                "Mitarbeitender, Nachschulung bei Änderungen; Standards mit "
                                "Motivation und Beurteilung verknüpfen."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Nicht von oben verordnen",
                    "rule": (
                        "Standards werden gemeinsam mit den Mitarbeitenden entwickelt, die später "
                        "danach arbeiten."
                    ),
                    "why": (
                        "Sie kennen die typischen und die schwierigen Situationen am besten. Und "
                        "was man selbst mitgestaltet hat, lehnt man kaum ab – der Widerstand bei "
                        "der Einführung sinkt deutlich."
                    ),
                },
            ),
            ("heading", {"text": "Typisch, komplex, Konflikt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Für jede Art von Situation legt der Standard fest, wie man am wirksamsten "
                    "handelt und spricht:</p><ul><li><b>Typisch:</b> Ein Kunde fragt nach einem "
                    "Produkt oder wartet auf seine Reparatur.</li><li><b>Komplex:</b> Bei der "
                    "Reparatur zeigt sich ein zusätzlicher Schaden, und der Zeitplan gerät ins "
                    "Wanken.</li><li><b>Konflikt:</b> Ein Kunde beschwert sich, weil die Monteure "
                    "Schutt hinterlassen haben.</li></ul><p>So bekommen die Mitarbeitenden "
                    "Werkzeuge an die Hand, mit denen sie auch schwierige Situationen vorbereitet, "
                    "sicher und erfolgreich meistern.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "B2C und B2B: unterschiedlich detailliert",
                    "do": [
                        (
                            "B2C (Endkunden): Standards detailliert beschreiben – bis hin zu "
                            "konkreten Formulierungen für bestimmte Situationen"
                        ),
                        (
                            "B2B (Geschäftskunden): für jede Verkaufsphase einen klaren Ablauf "
                            "festlegen und für die schwierigsten Momente Gesprächsbausteine "
                            "vorgeben"
                        ),
                        "Standards an die Besonderheiten des eigenen Unternehmens anpassen",
                    ],
                    "dont": [
                        "Einen fremden Standard eins zu eins übernehmen",
                        "B2B-Kundenbetreuern jeden Satz wörtlich vorschreiben",
                        (
                            "Im Endkundengeschäft nur allgemeine Werte formulieren, ohne konkretes "
                            "Verhalten zu beschreiben"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Testkäufe richtig nutzen",
                    "text": (
                        "Mystery Shopping ist ein Diagnoseinstrument, keine Falle. Besprechen Sie "
                        "die Ergebnisse im Team, anonymisiert und mit Blick auf die Abläufe – "
                        "nicht auf Schuldige."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "standards-im-alltag",
        "title": "Standards im Alltag: vom Autohaus lernen",
        "intro": (
            "Ein guter Standard beschreibt konkret, was Mitarbeitende tun – und der Kunde spürt, "
            "dass man sich nicht nur um sein Auto kümmert, sondern um ihn."
        ),
        "body": [
            (
                "quote",
                {
                    "quote": (
                        "Der Meister, der die Reparatur betreut, schaut während der Wartezeit alle "
                        "15 bis 20 Minuten beim Kunden vorbei. Er berichtet, wie die Arbeit "
                        "vorankommt, bietet einen Kaffee an oder unterhält sich mit ihm über "
                        "Themen, die Autofahrer bewegen."
                    ),
                    "attribution": (
                        "Aus den Servicestandards der Werkstätten einer bekannten deutschen "
                        "Automarke (sinngemäß)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Der Kunde spürt: Hier kümmert man sich nicht nur um sein Auto, sondern um "
                    "ihn persönlich. Die Wartezeit wird angenehmer, obwohl er mit einem Problem "
                    "gekommen ist, und das Geschäft bekommt ein menschliches Gesicht.</p><p>Dieses "
                    "gute Gefühl überträgt sich unbewusst auf das ganze Unternehmen. Wenn das "
                    "nächste Auto gekauft oder ein Freund um Rat gefragt wird, fällt die "
                    "Entscheidung leichter: „Dort kaufe ich – und das empfehle ich.“</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Der wartende Kunde in der Werkstatt",
                    "situation": (
                        "Ein Kunde wartet im Kundenbereich, während sein Auto repariert oder "
                        "gewartet wird."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Den Kunden begrüßen, die Wartezeit realistisch nennen und den "
                                "Wartebereich zeigen."
                            ),
                            "phrase": (
                                "Wir brauchen etwa eine Stunde. Hier können Sie in Ruhe warten – "
                                "darf ich Ihnen einen Kaffee bringen?"
                            ),
                        },
                        {
                            "action": (
                                "Alle 15 bis 20 Minuten vorbeischauen und einen kurzen "
                                "Zwischenstand geben."
                            ),
                            "phrase": (
                                "Kurzer Zwischenstand: Der Ölwechsel ist erledigt, jetzt prüfen "
                                "wir die Bremsen."
                            ),
                        },
                        {
                            "action": (
                                "Zusätzliche Befunde sofort mitteilen, Dauer und Kosten nennen und "
                                "die Entscheidung dem Kunden überlassen."
                            ),
                            "phrase": (
                                "Wir können das heute mit erledigen – etwa 45 Minuten, rund 280 "
                                "Euro – oder einen eigenen Termin vereinbaren. Was ist Ihnen "
                                "lieber?"
                            ),
                        },
                        {
                            "action": (
                                "Bei Verzögerung eine neue Zeit nennen und Alternativen anbieten, "
                                "etwa einen Hol- und Bringservice."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Bei der Übergabe die Arbeiten erklären, die Rechnung durchgehen "
                                "und klären, ob noch etwas offen ist."
                            ),
                            "phrase": (
                                "Hier sehen Sie, was wir gemacht haben. Haben Sie noch Fragen dazu?"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Standards einführen und lebendig halten", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Einführung ist eine der wichtigsten Projektphasen: Wie gut sie geplant "
                    "ist, entscheidet, ob die Standards im Unternehmen überhaupt lebendig werden. "
                    "Am wirksamsten sind Schulungen auf Grundlage der Standards – zum Start, bei "
                    "der Einarbeitung neuer Mitarbeitender und bei jeder Änderung der "
                    "Regeln.</p><p>Eine Unterschrift unter neue Standards macht noch niemanden "
                    "kundenorientiert. Entscheidend ist, dass alle begreifen: Wie gut sie mit "
                    "Kunden umgehen, bestimmt unmittelbar ihr eigenes Ergebnis und den Erfolg des "
                    "ganzen Unternehmens. Werden die Standards richtig formuliert und "
                    "kontrolliert, wissen die Mitarbeitenden genau, was von ihnen erwartet wird "
                    "und woran ihre Arbeit gemessen wird. Führungskräfte wiederum erhalten "
                    "Kennzahlen, mit denen sie Vertrieb und Kundendienst wirksam steuern "
                    "können.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Standards gehören in Beurteilung und Motivation",
                    "rule": (
                        "Die Einhaltung der Standards fließt in Einarbeitung, regelmäßige "
                        "Schulungen, Mitarbeitergespräche und Prämien ein."
                    ),
                    "why": (
                        "Was nicht gemessen und anerkannt wird, verschwindet im Alltag. Klare "
                        "Kriterien zeigen allen, woran man gute Arbeit erkennt – und schaffen "
                        "Vertrauen, Respekt und Bindung bei den Kunden."
                    ),
                },
            ),
            ("heading", {"text": "Kriterien für richtiges Handeln", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Kundenbetreuung nach Standard",
                    "criteria": [
                        {
                            "code": "begruesst-aktiv",
                            "text": (
                                "Begrüßt den Kunden aktiv und geht auf ihn zu, statt ihn auf "
                                "Regale oder Schilder zu verweisen"
                            ),
                        },
                        {
                            "code": "beantwortet-konkret",
                            "text": (
                                "Beantwortet die Frage konkret und bietet an, Produkte zu zeigen "
                                "oder zu erklären"
                            ),
                        },
                        {
                            "code": "klaert-bedarf",
                            "text": (
                                "Klärt mit ein, zwei Fragen, was der Kunde wirklich braucht, und "
                                "rät nicht zu Überflüssigem"
                            ),
                        },
                        {
                            "code": "nennt-realistische-zeit",
                            "text": "Nennt eine realistische Warte-, Liefer- oder Reparaturzeit",
                        },
                        {
                            "code": "meldet-sich-regelmaessig",
                            "text": (
                                "Meldet sich bei wartenden Kunden alle 15 bis 20 Minuten mit einem "
                                "Zwischenstand"
                            ),
                        },
                        {
                            "code": "informiert-bei-abweichung",
                            "text": (
                                "Informiert sofort über zusätzliche Befunde oder Verzögerungen und "
                                "lässt den Kunden entscheiden"
                            ),
                        },
                        {
                            "code": "hinterlaesst-ordnung",
                            "text": (
                                "Hinterlässt den Arbeitsplatz beim Kunden sauber und nimmt Schutt "
                                "und Verpackung mit"
                            ),
                        },
                        {
                            "code": "uebergabe-mit-erklaerung",
                            "text": (
                                "Schließt mit Übergabe, Erklärung und der Frage nach offenen "
                                "Wünschen ab"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "kundenbindung-quiz",
    "title": "Wissenstest: Servicestandards und Kundenbindung",
    "description": (
        "Acht Fragen zu Loyalität, zur Entwicklung von Standards und zu Situationen aus dem Kurs. "
        "Zum Bestehen brauchen Sie mindestens 70 % richtige Antworten."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "exam_paper": True,  # attempts are kept: the essay is marked by a trainer afterwards
    "success_text": (
        "Bestanden! Sie wissen, wie aus zufriedenen Kunden treue Kunden werden. Achten Sie bei "
        "Ihrem nächsten Kundenkontakt bewusst auf die ersten Worte – und auf den letzten Eindruck."
    ),
    "fail_text": (
        "Noch nicht bestanden. Lesen Sie die Lektionen zu Loyalität und zur Entwicklung von "
        "Standards noch einmal und versuchen Sie es dann erneut."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "Woran erkennt man einen loyalen Kunden im Unterschied zu einem nur zufriedenen?"
            ),
            "explanation": (
                "Zufriedenheit entsteht „hier und jetzt“. Loyalität zeigt sich über die Zeit: "
                "regelmäßige Käufe, Empfehlungen, Nachsicht bei kleinen Fehlern und Gelassenheit "
                "gegenüber Konkurrenzangeboten."
            ),
            "answers": [
                {"content": "Er hat beim letzten Einkauf nichts beanstandet", "correct": False},
                {
                    "content": "Er nimmt jedes Rabattangebot an, auch das der Konkurrenz",
                    "correct": False,
                },
                {
                    "content": (
                        "Er kauft regelmäßig, empfiehlt das Unternehmen weiter und verzeiht "
                        "gelegentliche kleine Fehler"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Im Karaoke-Beispiel lag der Unterschied zwischen den beiden Situationen im "
                "Sortiment des Geschäfts."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Sortiment, Kunde und Frage waren gleich. Den Unterschied machte allein "
                "der Umgang mit dem Kunden: abweisend in der ersten, einladend in der zweiten "
                "Variante."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Welche Anzeichen sprechen dafür, dass ein Unternehmen Servicestandards braucht? "
                "Wählen Sie alle zutreffenden Antworten aus."
            ),
            "explanation": (
                "Mehr Beschwerden, große Unterschiede zwischen Filialen und fehlende gemeinsame "
                "Qualitätskriterien sind typische Warnsignale. Ein neuer Onlineshop ist für sich "
                "genommen kein solches Signal."
            ),
            "answers": [
                {
                    "content": "Das Unternehmen hat einen neuen Onlineshop eröffnet",
                    "correct": False,
                },
                {
                    "content": "Die Beschwerden über den Umgang mit Kunden nehmen zu",
                    "correct": True,
                },
                {
                    "content": "Filialen derselben Kette unterscheiden sich stark im Service",
                    "correct": True,
                },
                {
                    "content": "Es gibt keine gemeinsamen Kriterien für gute Kundenbetreuung",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Warum sollten Standards gemeinsam mit den Mitarbeitenden entwickelt und nicht von "
                "oben verordnet werden?"
            ),
            "explanation": (
                "Die Mitarbeitenden kennen die typischen und schwierigen Situationen aus erster "
                "Hand, und was sie mitgestaltet haben, nehmen sie eher an."
            ),
            "answers": [
                {"content": "Weil die Geschäftsführung dafür keine Zeit hat", "correct": False},
                {
                    "content": (
                        "Sie kennen die schwierigen Situationen am besten, und Mitgestaltetes wird "
                        "eher akzeptiert"
                    ),
                    "correct": True,
                },
                {"content": "Weil die Standards dadurch kürzer werden", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Servicestandards betreffen nur Mitarbeitende mit direktem Kundenkontakt im "
                "Verkauf."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Auch Buchhaltung, Sekretariat, Lager, Lieferung und Montage haben "
                "Kundenkontakt. Das Beispiel der Fensterbauer zeigt: Ein tadelloser Verkauf nützt "
                "wenig, wenn die Montage den Eindruck zerstört."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Eine Kundin wartet in der Werkstatt auf ihr Auto. Was sieht der Standard vor?"
            ),
            "explanation": (
                "Regelmäßige Zwischenstände alle 15 bis 20 Minuten und ein Kaffeeangebot zeigen "
                "der Kundin, dass man sich um sie kümmert – nicht nur um ihr Auto."
            ),
            "answers": [
                {
                    "content": (
                        "Alle 15 bis 20 Minuten vorbeischauen, den Stand berichten und einen "
                        "Kaffee anbieten"
                    ),
                    "correct": True,
                },
                {
                    "content": "Sie erst bei Fertigstellung ansprechen, um sie nicht zu stören",
                    "correct": False,
                },
                {
                    "content": (
                        "Sie bitten, später wiederzukommen, damit der Wartebereich frei bleibt"
                    ),
                    "correct": False,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Ein Unternehmen arbeitet im B2B-Vertrieb. Wie sollten seine Servicestandards "
                "aufgebaut sein?"
            ),
            "explanation": (
                "Im B2B-Geschäft eignen sich klare Abläufe für jede Verkaufsphase mit "
                "Gesprächsbausteinen für die schwierigsten Momente. Wörtliche Vorgaben für jeden "
                "Satz sind eher im Endkundengeschäft üblich."
            ),
            "answers": [
                {
                    "content": (
                        "Abläufe für jede Verkaufsphase, mit Gesprächsbausteinen für die "
                        "schwierigsten Momente"
                    ),
                    "correct": True,
                },
                {
                    "content": "Jeder Satz im Kundengespräch wird wörtlich vorgeschrieben",
                    "correct": False,
                },
                {
                    "content": "Es braucht keine Standards, Geschäftskunden sind Profis",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "essay",
            "content": (
                "Die Montagetrupps eines Fensterbauers hinterlassen beim Kunden Schmutz und "
                "Schutt. Formulieren Sie drei Regeln für den Standard „Montage beim Kunden“ und "
                "begründen Sie jede aus Sicht des Kunden."
            ),
            "explanation": (
                "Eine gute Antwort enthält konkrete, überprüfbare Regeln, zum Beispiel: "
                "Schuhüberzieher tragen und Möbel abdecken (die Wohnung bleibt sauber); Schutt und "
                "Verpackung mitnehmen (der Kunde hat keine zusätzliche Arbeit); das Ergebnis "
                "gemeinsam abnehmen und sich verabschieden (der Kunde erlebt einen sauberen "
                "Abschluss und weiß, an wen er sich wenden kann)."
            ),
        },
    ],
}

SCENARIO_KARAOKE = {
    "slug": "karaoke-player",
    "title": "Der Karaoke-Player: eine Frage auf der Verkaufsfläche",
    "situation_type": "typical",
    "channel": "in_person",
    "briefing": (
        "Sie arbeiten in einem Elektronikmarkt in der Abteilung Unterhaltungselektronik. Ein Kunde "
        "kommt mit einer Frage auf Sie zu. Machen Sie aus einer kurzen Frage einen Kauf – und aus "
        "dem Käufer einen Stammkunden."
    ),
    "persona": {
        "name": "Herr Becker",
        "mood": "freundlich, etwas unsicher, kennt sich mit Technik wenig aus",
    },
    "pass_score": 7,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "„Entschuldigung, haben Sie DVD-Player mit Karaoke-Funktion?“",
            "choices": [
                {
                    "reply": (
                        "Alles, was wir haben, steht da vorne. Wo Karaoke draufsteht, ist Karaoke "
                        "drin."
                    ),
                    "feedback": (
                        "Genau die Antwort aus Variante 1. Formal richtig, aber der Kunde fühlt "
                        "sich abgewiesen."
                    ),
                    "points": -3,
                    "criterion": "begruesst-aktiv",
                    "next": "s1b",
                },
                {
                    "reply": (
                        "Guten Tag! Ja, die haben wir von mehreren Herstellern. Kommen Sie gern "
                        "mit zum Regal, ich zeige sie Ihnen."
                    ),
                    "feedback": (
                        "Sie haben freundlich begrüßt, die Frage beantwortet und den Kunden "
                        "eingeladen. Das Gespräch kann beginnen."
                    ),
                    "points": 3,
                    "criterion": "begruesst-aktiv",
                    "next": "s2",
                },
                {
                    "reply": "Ja, Gang 4, unten rechts.",
                    "feedback": (
                        "Die Antwort stimmt, aber Sie überlassen den Kunden sich selbst. Besser: "
                        "mitgehen und die Geräte zeigen."
                    ),
                    "points": 0,
                    "criterion": "beantwortet-konkret",
                    "next": "s2",
                },
            ],
        },
        "s1b": {
            "text": (
                "Herr Becker blickt unsicher auf das volle Regal und wendet sich schon zum Ausgang."
            ),
            "choices": [
                {
                    "reply": (
                        "Entschuldigen Sie, das war etwas knapp. Ich zeige Ihnen gern, welche "
                        "Geräte Karaoke können – es sind drei Modelle."
                    ),
                    "feedback": (
                        "Gerade noch gerettet: Sie haben den Fehler bemerkt und den Kunden "
                        "zurückgeholt."
                    ),
                    "points": 1,
                    "criterion": "begruesst-aktiv",
                    "next": "s2",
                },
                {
                    "reply": "Nichts sagen – er kann ja lesen.",
                    "feedback": (
                        "Der Kunde geht. Er wird nicht wiederkommen und wahrscheinlich davon "
                        "erzählen."
                    ),
                    "points": -2,
                    "criterion": "beantwortet-konkret",
                    "next": "end_bad",
                },
            ],
        },
        "s2": {
            "text": (
                "Am Regal: „Da sind ja mehrere. Worin unterscheiden die sich? Ich brauche das für "
                "den Geburtstag meiner Tochter, da kommen etwa zehn Kinder.“"
            ),
            "choices": [
                {
                    "reply": "Nehmen Sie das teuerste, das ist das beste.",
                    "feedback": (
                        "Ohne den Bedarf zu kennen, ist das keine Beratung. Der Kunde merkt, dass "
                        "es Ihnen um den Preis geht."
                    ),
                    "points": -2,
                    "criterion": "klaert-bedarf",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Darf ich kurz nachfragen: Haben Sie schon Mikrofone? Und soll das Gerät "
                        "an den Fernseher oder an eine Musikanlage angeschlossen werden?"
                    ),
                    "feedback": (
                        "Zwei kurze Fragen, und Sie wissen, was der Kunde wirklich braucht."
                    ),
                    "points": 2,
                    "criterion": "klaert-bedarf",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": (
                "„Mikrofone haben wir keine. Anschließen wollen wir es an den Fernseher. Und zu "
                "teuer sollte es nicht sein.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Dann empfehle ich dieses Modell: Zwei Mikrofone sind dabei, und es gibt "
                        "viele deutsche Kinderlieder. Das teurere daneben hat Bluetooth und eine "
                        "Aufnahmefunktion – das brauchen Sie für eine Kinderparty nicht. Möchten "
                        "Sie es kurz ausprobieren?"
                    ),
                    "feedback": (
                        "Eine ehrliche Empfehlung, die zum Bedarf passt – inklusive des Hinweises, "
                        "was der Kunde nicht braucht. So entsteht Vertrauen."
                    ),
                    "points": 3,
                    "criterion": "beantwortet-konkret",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Dann nehmen Sie das Premiummodell mit Aufnahmefunktion, das ist gerade im "
                        "Angebot."
                    ),
                    "feedback": (
                        "Sie verkaufen dem Kunden etwas, das er nicht braucht. Wenn er das später "
                        "merkt, ist sein Vertrauen weg."
                    ),
                    "points": -1,
                    "criterion": "klaert-bedarf",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "Herr Becker probiert das Gerät aus und lächelt: „Gut, das nehme ich. Bis Samstag "
                "muss es aber funktionieren.“"
            ),
            "choices": [
                {
                    "reply": "Die Kasse ist da vorne.",
                    "feedback": (
                        "Der Verkauf ist gemacht, aber der letzte Eindruck bleibt kühl. Gerade er "
                        "entscheidet, ob der Kunde wiederkommt."
                    ),
                    "points": -2,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Sehr gern. Ich lege Ihnen die Kurzanleitung dazu. Falls am Samstag etwas "
                        "nicht klappt: Unter dieser Nummer erreichen Sie unsere Hotline auch am "
                        "Wochenende. Viel Spaß bei der Feier!"
                    ),
                    "feedback": (
                        "Ein sauberer Abschluss: Der Kunde weiß, was er tun kann, falls etwas "
                        "schiefgeht, und geht mit einem guten Gefühl."
                    ),
                    "points": 2,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Zwei Wochen später kommt Herr Becker wieder, diesmal wegen eines neuen "
                "Fernsehers. „Sie haben mir neulich so gut geholfen“, sagt er. Auch seine "
                "Schwester kauft auf seine Empfehlung hin bei Ihnen."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Herr Becker kauft das Gerät und ist zufrieden – heute. Eine Bindung an Ihren "
                "Markt ist nicht entstanden; beim nächsten Mal entscheidet der Preis."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Herr Becker verlässt den Markt ohne Kauf und mit dem Gefühl, gestört zu haben. "
                "Den Karaoke-Player bestellt er am Abend bei der Konkurrenz."
            ),
            "result": "bad",
        },
    },
}

SCENARIO_WORKSHOP = {
    "slug": "workshop-waiting-customer",
    "title": "In der Werkstatt: die wartende Kundin",
    "situation_type": "complex",
    "channel": "in_person",
    "briefing": (
        "Sie sind Kfz-Meister in einem Autohaus. Frau Yilmaz ist um 9 Uhr zur Inspektion gekommen "
        "und wartet im Kundenbereich. Vereinbart ist eine Stunde, um 11:30 Uhr hat sie einen "
        "wichtigen Termin in der Stadt. Sorgen Sie dafür, dass sie sich gut betreut fühlt – auch "
        "wenn etwas Unerwartetes passiert."
    ),
    "persona": {"name": "Frau Yilmaz", "mood": "gestresst, schaut oft auf die Uhr"},
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "9:20 Uhr. Die Inspektion läuft. Frau Yilmaz sitzt seit zwanzig Minuten im "
                "Wartebereich und schaut immer wieder auf die Uhr."
            ),
            "choices": [
                {
                    "reply": "Weiterarbeiten – sie meldet sich schon, wenn sie etwas braucht.",
                    "feedback": (
                        "Für die Kundin sieht Warten ohne Information so aus, als hätte man sie "
                        "vergessen."
                    ),
                    "points": -1,
                    "criterion": "meldet-sich-regelmaessig",
                    "next": "s2",
                },
                {
                    "reply": (
                        "Zu ihr gehen: „Frau Yilmaz, ein kurzer Zwischenstand: Ölwechsel und "
                        "Filter sind erledigt, jetzt prüfen wir die Bremsen. Wir liegen im "
                        "Zeitplan. Darf ich Ihnen einen Kaffee bringen?“"
                    ),
                    "feedback": (
                        "Genau das sieht der Standard vor: Zwischenstand, Zeitplan, "
                        "Aufmerksamkeit. Die Kundin entspannt sich."
                    ),
                    "points": 3,
                    "criterion": "meldet-sich-regelmaessig",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "9:40 Uhr. Bei der Prüfung zeigt sich: Die vorderen Bremsscheiben sind fast "
                "verschlissen. Ein Austausch würde etwa 45 Minuten dauern und rund 280 Euro kosten."
            ),
            "choices": [
                {
                    "reply": (
                        "Zu ihr gehen: „Wir haben etwas gefunden: Die vorderen Bremsscheiben sind "
                        "fast am Limit. Heute können Sie noch sicher fahren, in den nächsten "
                        "Wochen sollten sie aber getauscht werden. Das dauert etwa 45 Minuten und "
                        "kostet rund 280 Euro. Wir können es jetzt machen oder einen Termin "
                        "vereinbaren – was ist Ihnen lieber?“"
                    ),
                    "feedback": (
                        "Ehrlich, konkret, mit Zeit und Preis – und die Entscheidung bleibt bei "
                        "der Kundin."
                    ),
                    "points": 3,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Die Scheiben einfach mit tauschen – sie wird froh sein, dass es erledigt "
                        "ist."
                    ),
                    "feedback": (
                        "Ohne Zustimmung zu arbeiten, ist ein schwerer Vertrauensbruch, auch wenn "
                        "die Arbeit technisch nötig ist."
                    ),
                    "points": -3,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s2b",
                },
            ],
        },
        "s2b": {
            "text": (
                "10:40 Uhr. Frau Yilmaz steht an der Theke: „Vereinbart war eine Stunde! Und was "
                "sind das für 280 Euro extra auf dem Auftrag? Davon hat mir niemand etwas gesagt.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Das war aber notwendig, die Bremsen waren am Ende. Sicherheit geht vor."
                    ),
                    "feedback": (
                        "In der Sache vielleicht richtig, aber die Kundin hört nur: Über ihren "
                        "Kopf hinweg wurde entschieden."
                    ),
                    "points": -2,
                    "criterion": "informiert-bei-abweichung",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "Sie haben völlig recht, wir hätten Sie vorher fragen müssen. Das tut mir "
                        "leid. Die Scheiben waren tatsächlich fast verschlissen – ich zeige Ihnen "
                        "gern die alten Teile. Die Arbeitszeit übernehmen wir, Sie zahlen nur das "
                        "Material."
                    ),
                    "feedback": (
                        "Sie haben den Fehler klar eingeräumt und ein faires Angebot gemacht. Der "
                        "Schaden ist begrenzt, aber nicht ungeschehen."
                    ),
                    "points": 1,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s4",
                },
            ],
        },
        "s3": {
            "text": "„Eigentlich lieber gleich – aber um 11:30 Uhr muss ich in der Stadt sein.“",
            "choices": [
                {
                    "reply": (
                        "Dann schlage ich vor: Wir tauschen die Scheiben jetzt, gegen 10:45 Uhr "
                        "ist Ihr Auto fertig. Falls es doch länger dauert, bringt Sie unser Hol- "
                        "und Bringservice zu Ihrem Termin, und wir liefern Ihnen das Auto am "
                        "Nachmittag. Wäre das in Ordnung?"
                    ),
                    "feedback": (
                        "Eine realistische Zeit und ein Plan B. Die Kundin kann ihren Termin "
                        "sicher planen."
                    ),
                    "points": 3,
                    "criterion": "nennt-realistische-zeit",
                    "next": "s4",
                },
                {
                    "reply": "Das schaffen wir locker, dauert höchstens eine halbe Stunde.",
                    "feedback": (
                        "Ein zu optimistisches Versprechen. Wird es knapp, steht die Kundin unter "
                        "Druck – und Sie stehen als unzuverlässig da."
                    ),
                    "points": -1,
                    "criterion": "nennt-realistische-zeit",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": "10:50 Uhr. Das Auto ist fertig. Frau Yilmaz kommt an die Theke.",
            "choices": [
                {
                    "reply": (
                        "Rechnung über die Theke schieben: „Hier ist die Rechnung. Der Schlüssel "
                        "steckt.“"
                    ),
                    "feedback": (
                        "Die Arbeit ist gut, aber die Übergabe wirkt wie Abfertigung. Der letzte "
                        "Eindruck zählt."
                    ),
                    "points": -1,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "„Hier ist Ihr Auto. Wir haben die Inspektion gemacht und die vorderen "
                        "Bremsscheiben samt Belägen getauscht – die alten Teile liegen hier, falls "
                        "Sie sie sehen möchten. Auf der Rechnung finden Sie beide Posten einzeln. "
                        "Haben Sie noch Fragen? Gute Fahrt zu Ihrem Termin!“"
                    ),
                    "feedback": (
                        "Eine transparente Übergabe: Die Kundin sieht, was gemacht wurde und wofür "
                        "sie bezahlt."
                    ),
                    "points": 2,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Frau Yilmaz schafft ihren Termin und schreibt am Abend eine Bewertung: „Hier "
                "kümmert man sich nicht nur um das Auto, sondern auch um den Menschen.“ Ein Jahr "
                "später kauft sie ihr nächstes Auto im selben Autohaus."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Das Auto ist in Ordnung, die Rechnung stimmt. Frau Yilmaz fährt zufrieden los – "
                "aber eher mit dem Gefühl einer erledigten Pflicht als mit einem Grund, "
                "wiederzukommen."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Frau Yilmaz zahlt unter Protest, kommt zu spät zu ihrem Termin und wechselt zur "
                "freien Werkstatt um die Ecke. Im Kollegenkreis erzählt sie von der „Werkstatt, "
                "die einfach Teile tauscht und dann kassiert“."
            ),
            "result": "bad",
        },
    },
}

COURSE = {
    "slug": "kundenbindung-durch-standards",
    "locale": "de",
    "title": "Unternehmensstandards der Kundenbetreuung und Kundenbindung",
    "summary": (
        "Zufriedene Kunden kommen nicht automatisch wieder – treue Kunden schon. Der Kurs zeigt, "
        "wie verbindliche Servicestandards aus Zufriedenheit Loyalität machen, warum sie für jede "
        "Abteilung gelten und wie ein Unternehmen sie gemeinsam mit den Mitarbeitenden entwickelt "
        "und einführt."
    ),
    "estimated_minutes": 45,
    "audiences": ["all-staff"],
    "self_enrol": True,
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO_KARAOKE, SCENARIO_WORKSHOP],
    "translations": {"ru": TRANSLATION_RU, "en": TRANSLATION_EN},
}
