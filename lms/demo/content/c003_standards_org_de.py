"""Course 003, German version: service standards and the organisation of service.

Written for German-speaking staff, not translated word for word: same lessons and block kinds,
the quiz as a language version of the Russian one, the role-plays with the Russian slugs, step
keys, criteria and points (so they are Wagtail translations of them).
"""

LESSONS_DE = [
    {
        "slug": "service-is-organisation",
        "title": "Service ist eine Frage der Organisation",
        "intro": (
            "Warum „bitte“ und „danke“ allein noch keinen Service ausmachen – und was mit dem "
            "Kunden passiert, wenn der Ablauf nicht organisiert ist."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Guter Service ist mehr als höfliche Floskeln wie „bitte“ und „danke“. "
                    "Damit Kunden immer wiederkommen, braucht ein Unternehmen ein System, in dem "
                    "die Arbeit gleich beim ersten Mal gut gemacht wird – und einen Plan, der "
                    "sofort greift, wenn doch etwas schiefgeht.</p><p>Mitarbeitende setzen um, "
                    "was der Ablauf vorgibt. Ist er nicht durchdacht, bedient selbst ein "
                    "gewissenhafter Mensch die Kunden schlecht – und ein weniger gewissenhafter "
                    "so wie in der folgenden Geschichte.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "Warten auf die Pizza",
                    "story": (
                        "Eine Kundin bestellt eine Pizza. Hinter der Theke steht ein junger Mann, "
                        "unrasiert, mit finsterem Blick: „Dauert etwa zehn Minuten.“ Sie sagt, "
                        "das sei in Ordnung. Er arbeitet demonstrativ langsam, hinter ihr wächst "
                        "die Schlange auf sieben Leute an. Nach einer Viertelstunde platzt einer "
                        "Kundin der Kragen: „Das geht doch nicht so langsam! Wir sind viele und "
                        "stehen hier schon über eine Viertelstunde!“ Er dreht sich um – als hätte "
                        "er nur darauf gewartet – und sagt betont deutlich: „Ich halte hier "
                        "niemanden fest. Ich werde nicht pro Pizza bezahlt.“ Die Schlange murrt. "
                        "Die Erzählerin merkt, dass ihr der Appetit vergangen ist, und geht "
                        "leise."
                    ),
                    "lesson": (
                        "Die Kunden mussten ausbaden, was zwischen dem Mitarbeiter und seiner "
                        "Leitung schiefläuft: Bezahlung, Arbeitslast und Kränkungen gehen sie "
                        "nichts an – bezahlt haben dafür trotzdem sie. Verloren hat das "
                        "Unternehmen nicht einen Verkauf, sondern die ganze Schlange – und alles, "
                        "was diese Menschen ihren Bekannten erzählen. Ein organisierter Ablauf – "
                        "eine Zeitvorgabe, eine zweite Kraft zu Stoßzeiten, die Regel, Wartenden "
                        "die Wartezeit zu sagen – hätte die Situation gar nicht erst entstehen "
                        "lassen."
                    ),
                    "outcome": "bad",
                },
            ),
            ("heading", {"text": "Was in der Pizzeria gefehlt hat", "level": "h2"}),
            (
                "do_dont",
                {
                    "title": "Was der Ablauf vorsehen muss",
                    "do": [
                        (
                            "Eine Zeitvorgabe für die typische Bestellung und die Regel: Wird sie "
                            "nicht eingehalten, kommt eine zweite Kraft dazu"
                        ),
                        "Die Regel, Wartenden zu sagen, wie lange es noch dauert",
                        (
                            "Eine Vergütung, die die Interessen der Mitarbeitenden nicht gegen "
                            "die der Kunden ausspielt"
                        ),
                        "Kontrolle: Die Leitung sieht Schlange und Wartezeit",
                    ],
                    "dont": [
                        "Zur Stoßzeit eine einzige Person den ganzen Andrang bewältigen lassen",
                        "Sich allein auf guten Willen und Tagesform der Mitarbeitenden verlassen",
                        "Konflikte mit der Leitung auf dem Rücken der Kunden austragen",
                        "Von Problemen erst durch Online-Bewertungen erfahren",
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Beim ersten Mal richtig",
                    "rule": (
                        "Abläufe sind so gestaltet, dass Routinearbeit gleich beim ersten Mal "
                        "richtig erledigt wird. Für den Störfall liegt ein Plan bereit: Wer "
                        "springt ein, was sagen wir dem Kunden, welche Entschädigung dürfen wir "
                        "anbieten?"
                    ),
                    "why": (
                        "Eine Panne verzeiht der Kunde, wenn das Unternehmen sofort und souverän "
                        "reagiert. Ratlosigkeit und Gleichgültigkeit verzeiht er nicht."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Persönlicher Frust gehört nicht vor den Kunden",
                    "text": (
                        "Ärger über Gehalt, Dienstplan oder Vorgesetzte besprechen Sie mit Ihrer "
                        "Führungskraft, nicht vor Kunden. Der Kunde kann daran nichts ändern – er "
                        "kann nur gehen."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "what-is-a-standard",
        "title": "Was Servicestandards sind",
        "intro": (
            "Ein Standard ist ein internes Dokument, dank dem ein Kunde in jeder Schicht und von "
            "jeder Person gleich gut bedient wird."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Wo Serviceabläufe nicht geregelt sind und niemand sie kontrolliert, gerät "
                    "der Kunde oft zwischen die Fronten von Leitung und Personal. Das schadet dem "
                    "Ruf und dem Ertrag. Damit es nicht so weit kommt, wird die Arbeit der "
                    "Mitarbeitenden standardisiert.</p><p><b>Servicestandards</b> sind interne "
                    "Dokumente des Unternehmens. Sie legen allgemeine Regeln für den Umgang mit "
                    "Kunden fest, Abläufe für typische Situationen, Wege, in untypischen zu "
                    "reagieren, und Kriterien für richtiges Handeln. Die Regeln gelten für alle – "
                    "deshalb ist auch die Servicequalität für jeden Kunden gleich hoch.</p>"
                ),
            ),
            ("heading", {"text": "Woraus ein Standard besteht", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Allgemeine Regeln</b> – wie wir mit Kunden umgehen und "
                    "warum.</li><li><b>Abläufe für typische Situationen</b> – Begrüßung, Anruf, "
                    "Auftragsannahme, Warenausgabe.</li><li><b>Vorgehen in untypischen "
                    "Situationen</b> – Beschwerde, Störung, Konflikt, ungewöhnlicher "
                    "Wunsch.</li><li><b>Formulierungen</b> – welche Worte helfen und welche man "
                    "besser meidet.</li><li><b>Kriterien für richtiges Handeln</b> – an ihnen "
                    "prüfen sich die Mitarbeitenden selbst, und die Führungskraft bewertet "
                    "danach die Arbeit.</li></ul><p>Die Lektionen dieses Kurses sind genauso "
                    "aufgebaut: Regeln, Abläufe, Formulierungen und Kriterien.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Ein verärgerter Kunde ruft beim Support an",
                    "situation": (
                        "Der Kunde ruft an, nachdem er selbst vergeblich versucht hat, das "
                        "Problem zu lösen, und ist vom ersten Satz an schroff."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Begrüßen Sie den Kunden: Nennen Sie das Unternehmen und Ihren "
                                "Namen und fragen Sie, wie Sie helfen können."
                            ),
                            "phrase": (
                                "Kundenservice, Sie sprechen mit Katrin Vogel. Was kann ich für "
                                "Sie tun?"
                            ),
                        },
                        {
                            "action": (
                                "Gehen Sie nicht auf den scharfen Ton ein: Bleiben Sie "
                                "freundlich und zugewandt."
                            ),
                            "phrase": (
                                "Das ist wirklich ärgerlich. Lassen Sie uns das gemeinsam lösen."
                            ),
                        },
                        {
                            "action": (
                                "Fragen Sie, was der Kunde schon unternommen hat, damit Sie ihm "
                                "nichts vorschlagen, was er längst probiert hat."
                            ),
                            "phrase": "Was haben Sie denn schon ausprobiert?",
                        },
                        {
                            "action": (
                                "Bieten Sie mehrere Lösungen an und lassen Sie den Kunden wählen."
                            ),
                            "phrase": (
                                "Wir können das auf zwei Wegen lösen: Ich richte alles jetzt "
                                "gleich per Fernzugriff ein, oder ein Techniker kommt zu Ihnen. "
                                "Was ist Ihnen lieber?"
                            ),
                        },
                        {
                            "action": (
                                "Ist ein Technikerbesuch nötig, vereinbaren Sie einen Termin, der "
                                "dem Kunden passt."
                            ),
                            "phrase": (
                                "Der Techniker kommt, wann es Ihnen passt. Wann wäre es Ihnen "
                                "recht?"
                            ),
                        },
                        {
                            "action": "Fassen Sie zusammen: was, wann und wer.",
                            "phrase": (
                                "Also: Der Techniker ist heute zwischen 19:30 und 21:00 Uhr bei "
                                "Ihnen und ruft eine halbe Stunde vorher an."
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Formulierungen für den Gesprächseinstieg",
                    "context": (
                        "Die ersten Worte bestimmen den Ton des ganzen Gesprächs – besonders, "
                        "wenn der Kunde schon verärgert ist."
                    ),
                    "pairs": [
                        {
                            "avoid": "Ja?",
                            "use": (
                                "Kundenservice, Sie sprechen mit Katrin Vogel. Was kann ich für "
                                "Sie tun?"
                            ),
                            "why": (
                                "Der Kunde weiß sofort, wo er gelandet ist und mit wem er spricht. "
                                "Ein knappes „Ja?“ klingt, als würde er stören."
                            ),
                        },
                        {
                            "avoid": "Schreien Sie mich nicht an.",
                            "use": (
                                "Ich verstehe, dass die Lage ärgerlich ist. Lassen Sie uns das "
                                "gemeinsam klären."
                            ),
                            "why": (
                                "Eine Bemerkung über den Ton verschärft den Konflikt, Anteilnahme "
                                "hilft dem Kunden, sich zu beruhigen."
                            ),
                        },
                        {
                            "avoid": "Haben Sie schon mal neu gestartet?",
                            "use": "Was haben Sie denn schon unternommen?",
                            "why": (
                                "Der Kunde fühlt sich nicht wie ein Anfänger behandelt, und Sie "
                                "verlieren keine Zeit mit Schritten, die er schon hinter sich hat."
                            ),
                        },
                        {
                            "avoid": "Der Techniker kommt am Mittwoch zwischen 9 und 18 Uhr.",
                            "use": (
                                "Wann passt Ihnen der Besuch des Technikers? Möglich ist heute "
                                "Abend, morgen Abend oder am Samstag."
                            ),
                            "why": (
                                "Die Zeit des Kunden ist so viel wert wie unsere. Eine Auswahl "
                                "zeigt Respekt."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Ein Standard schafft Menschlichkeit nicht ab",
                    "text": (
                        "Der Standard gibt einen Rahmen vor und eine Untergrenze, die nicht "
                        "unterschritten wird. Innerhalb dieses Rahmens bleiben Mitarbeitende "
                        "Menschen: Sie dürfen passend scherzen, sich auf ihr Gegenüber einstellen "
                        "und Anteil nehmen."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "system-approach",
        "title": "Der Systemansatz",
        "intro": (
            "Service ist die Arbeit aller Abteilungen und Abläufe eines Unternehmens – nicht nur "
            "derer, die mit dem Kunden sprechen."
        ),
        "body": [
            (
                "quote",
                {
                    "quote": (
                        "Es gibt nur einen Chef: den Kunden. Und er kann jeden im Unternehmen "
                        "feuern, vom Vorstandsvorsitzenden abwärts – ganz einfach, indem er sein "
                        "Geld woanders ausgibt."
                    ),
                    "attribution": "Sam Walton, Gründer von Walmart",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Praktiker schätzen, dass der Systemansatz rund 80 % des Erfolgs im "
                    "Kundenservice ausmacht. Service entsteht im Zusammenspiel aller Abteilungen "
                    "und Abläufe des Unternehmens, nicht allein durch die Menschen an der Theke "
                    "oder am Telefon. Standards müssen in alle Prozesse der Organisation "
                    "eingebaut sein.</p>"
                ),
            ),
            ("heading", {"text": "Woraus das Servicesystem besteht", "level": "h2"}),
            (
                "procedure",
                {
                    "title": "Wie ein Unternehmen sein Servicesystem aufbaut",
                    "situation": (
                        "Die Geschäftsleitung hat beschlossen, Service zum Wettbewerbsvorteil "
                        "des Unternehmens zu machen."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Eine Servicepolitik formulieren: Was versprechen wir unseren "
                                "Kunden, und warum?"
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Servicestandards für alle Abteilungen mit Kundenkontakt "
                                "erarbeiten."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Arbeitsanweisungen für die einzelnen Prozesse schreiben: "
                                "Auftragsannahme, Lieferung, Montage, Rechnungsstellung."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Das Personal schulen – neue ebenso wie erfahrene Kolleginnen "
                                "und Kollegen."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Kontrolle organisieren: Beobachtung, Testkäufe (Mystery "
                                "Shopping), Kundenfeedback."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Der Standard steckt in der Arbeit",
                    "rule": (
                        "Jede Anforderung des Standards ist in den Arbeitsablauf eingebaut – in "
                        "den Gesprächsleitfaden im CRM, die Schicht-Checkliste, die "
                        "Lageranweisung, den Einsatzplan der Techniker – und liegt nicht als "
                        "eigenes Dokument in einem Ordner."
                    ),
                    "why": (
                        "Was im Arbeitsalltag steckt, passiert wie von selbst, auch bei "
                        "Neulingen. Was im Ordner liegt, ist nach einer Woche vergessen."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Neue Kolleginnen und Kollegen sind der beste Test",
                    "text": (
                        "Ein klar organisierter Ablauf erlaubt es selbst Neulingen, das übliche "
                        "Serviceniveau zu halten. Bedient jemand in der ersten Woche fast so gut "
                        "wie ein alter Hase, ist der Ablauf gut gebaut. Lernt jemand „am Kunden“, "
                        "hat der Ablauf Lücken."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "making-standards-work",
        "title": "Wann ein Standard wirkt",
        "intro": (
            "Ein Standard wirkt nur, wenn alle ihn kennen, ihn annehmen und sehen, dass er auf "
            "allen Ebenen des Unternehmens eingehalten wird."
        ),
        "body": [
            (
                "rule",
                {
                    "title": "Kennen, annehmen, vorgelebt sehen",
                    "rule": (
                        "Ein Standard wirkt unter drei Bedingungen: Alle Mitarbeitenden kennen "
                        "ihn, haben ihn als ihren eigenen angenommen und sehen, dass er "
                        "tatsächlich auf allen Ebenen eingehalten wird – von der "
                        "Geschäftsführung bis zum ersten Arbeitstag."
                    ),
                    "why": (
                        "Wer erlebt, dass die eigene Führungskraft den Standard bricht, verliert "
                        "den Glauben daran schneller, als jede Schulung ihn wieder aufbauen kann."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "„Lesen Sie das und machen Sie es so“",
                    "story": (
                        "Ein Chef bringt seinem Team einen Artikel über Service mit: „Lesen Sie "
                        "das, arbeiten Sie es durch und machen Sie es ab sofort genauso.“ Ein "
                        "Monat vergeht – nichts ändert sich. Der Chef tobt: „Meine Leute wollen "
                        "einfach nicht arbeiten!“"
                    ),
                    "lesson": (
                        "Mitarbeitende tun, was der Ablauf vorgibt, und die Servicequalität hängt "
                        "davon ab, wie dieser Ablauf organisiert ist. Ein Artikel ersetzt weder "
                        "Standard noch Schulung, Ressourcen oder Kontrolle. Solange sie fehlen, "
                        "bleiben Anforderungen fromme Wünsche."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Anforderungen ohne Ressourcen funktionieren genauso schlecht wie "
                    "Anforderungen ohne Schulung. Man kann noch so oft kürzere Lieferzeiten "
                    "verlangen – fehlen dem Unternehmen die Fahrzeuge, wird daraus nichts. "
                    "Prüfen Sie, bevor Sie eine Regel einführen, ob die Leute alles haben, um "
                    "sie einzuhalten.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Grenzen im Kopf",
                    "text": (
                        "Viele Mitarbeitende setzen sich selbst eine Obergrenze: „Bei uns klappt "
                        "das nicht“, „Die Kunden meckern sowieso“. Die Einstellung entscheidet "
                        "viel: Wer an die eigenen Möglichkeiten glaubt und vom Kunden das Beste "
                        "erwartet, findet Lösungen, wo andere eine Sackgasse sehen."
                    ),
                },
            ),
            ("heading", {"text": "Kriterien für richtiges Handeln", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Service nach Standard",
                    "criteria": [
                        {
                            "code": "greets-and-introduces",
                            "text": (
                                "Begrüßt den Kunden; nennt am Telefon das Unternehmen und den "
                                "eigenen Namen"
                            ),
                        },
                        {
                            "code": "keeps-calm-when-provoked",
                            "text": (
                                "Bleibt höflich und ruhig, auch wenn der Kunde unhöflich oder "
                                "gereizt ist"
                            ),
                        },
                        {
                            "code": "informs-about-wait",
                            "text": (
                                "Sagt Kunden, wie lange sie warten müssen, und gibt Bescheid, "
                                "wenn sich die Zeit ändert"
                            ),
                        },
                        {
                            "code": "asks-what-was-tried",
                            "text": (
                                "Fragt, was der Kunde schon selbst unternommen hat, bevor eine "
                                "Lösung vorgeschlagen wird"
                            ),
                        },
                        {
                            "code": "offers-several-options",
                            "text": "Bietet mehrere Lösungen zur Auswahl an",
                        },
                        {
                            "code": "convenient-time",
                            "text": (
                                "Vereinbart Besuch oder Rückruf zu einer Zeit, die dem Kunden passt"
                            ),
                        },
                        {
                            "code": "calls-for-help-at-peak",
                            "text": (
                                "Holt bei Andrang oder Überlastung Hilfe, statt langsamer zu "
                                "arbeiten"
                            ),
                        },
                        {
                            "code": "no-personal-grievances",
                            "text": (
                                "Lädt persönlichen Ärger und interne Probleme des Unternehmens "
                                "nicht beim Kunden ab"
                            ),
                        },
                        {
                            "code": "confirms-agreement",
                            "text": "Fasst zusammen: was, wann und wer",
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ_DE = {
    "slug": "service-standards-quiz-de",
    "version_of": "service-standards-quiz",
    "title": "Wissenstest: Servicestandards und Serviceorganisation",
    "description": (
        "Acht Fragen zu Standards, zum Systemansatz und zu Situationen aus den Lektionen – von "
        "der Schlange in der Pizzeria bis zum Anruf beim Support. Zum Bestehen brauchen Sie "
        "mindestens 70 % richtige Antworten."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "success_text": (
        "Bestanden! Sie wissen, dass Service auf Organisation beruht und nicht auf Glück. Wenn "
        "Sie eine Lücke im Ablauf sehen, sprechen Sie Ihre Führungskraft darauf an – so werden "
        "Standards besser."
    ),
    "fail_text": (
        "Es fehlen noch ein paar richtige Antworten. Lesen Sie die Lektionen „Was "
        "Servicestandards sind“ und „Wann ein Standard wirkt“ noch einmal und versuchen Sie es "
        "erneut."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": "Was sind Servicestandards?",
            "explanation": (
                "Ein Standard ist keine Liste höflicher Worte, sondern ein internes Dokument: "
                "Regeln, Abläufe für typische Situationen, Wege, in untypischen zu reagieren, und "
                "Kriterien für richtiges Handeln."
            ),
            "answers": [
                {
                    "content": "Eine Liste höflicher Sätze für das Verkaufspersonal",
                    "correct": False,
                },
                {
                    "content": (
                        "Interne Dokumente mit allgemeinen Regeln, Abläufen für typische "
                        "Situationen, Wegen, in untypischen zu reagieren, und Kriterien für "
                        "richtiges Handeln"
                    ),
                    "correct": True,
                },
                {
                    "content": "Werbeversprechen, die das Unternehmen seinen Kunden gibt",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Der Mitarbeiter in der Pizzeria hat auf seine Weise recht: Wenn er nicht pro "
                "Pizza bezahlt wird, ist das Arbeitstempo nicht sein Problem."
            ),
            "correct": False,
            "explanation": (
                "Falsch. Fragen der Bezahlung klärt man mit der Leitung, nicht auf Kosten der "
                "Kunden. Die Geschichte zeigt aber auch den Fehler des Unternehmens: Der Ablauf "
                "hat den Mitarbeiter weder motiviert noch ihm zur Stoßzeit Hilfe vorgesehen."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Ein Kunde ruft beim Support an und sagt gleich als Erstes: „Jetzt tun Sie endlich "
                "mal was!“ Was ist der richtige erste Schritt?"
            ),
            "explanation": (
                "Bleiben Sie höflich und fragen Sie, was der Kunde schon probiert hat. Eine "
                "Bemerkung über den Ton heizt den Konflikt an, und der Rat „neu starten“ ohne "
                "Nachfrage wiederholt meist, was der Kunde längst getan hat."
            ),
            "answers": [
                {"content": "Den Kunden bitten, nicht laut zu werden", "correct": False},
                {"content": "Sofort vorschlagen, den Router neu zu starten", "correct": False},
                {
                    "content": "Den Anruf an einen erfahreneren Kollegen weiterleiten",
                    "correct": False,
                },
                {
                    "content": ("Höflich bleiben und fragen, was der Kunde schon ausprobiert hat"),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Was gehört beim Systemansatz zum Servicesystem? Wählen Sie alle zutreffenden "
                "Antworten."
            ),
            "explanation": (
                "Zum Servicesystem gehören Servicepolitik, Standards, Arbeitsanweisungen, "
                "Schulung des Personals und Kontrolle. Ein an das Team verteilter Artikel ist "
                "kein System: Ohne organisierten Ablauf ändert sich nichts."
            ),
            "answers": [
                {"content": "Die Servicepolitik des Unternehmens", "correct": True},
                {
                    "content": "Ein Artikel über Service, den der Chef an das Team verteilt hat",
                    "correct": False,
                },
                {"content": "Die Schulung des Personals", "correct": True},
                {"content": "Ein Kontrollsystem", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Ein Standard wirkt, wenn die Mitarbeitenden ihn kennen, annehmen und sehen, dass "
                "er auf allen Ebenen des Unternehmens eingehalten wird."
            ),
            "correct": True,
            "explanation": (
                "Richtig. Fehlt eine der drei Bedingungen, bleibt der Standard auf dem Papier."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Die Leitung verlangt kürzere Lieferzeiten, aber dem Unternehmen fehlen "
                "Fahrzeuge. Was ist zu erwarten?"
            ),
            "explanation": (
                "Ohne Ressourcen ist die Anforderung nicht zu erfüllen. Strafen untergraben nur "
                "das Vertrauen der Mitarbeitenden in die Standards."
            ),
            "answers": [
                {"content": "Die Mitarbeitenden arbeiten schneller", "correct": False},
                {"content": "Es genügt, Strafen für Verspätungen einzuführen", "correct": False},
                {
                    "content": "Es tut sich nichts, solange die Fahrzeugfrage nicht gelöst ist",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Sieben Leute stehen an, Sie sind allein in der Schicht, und die versprochenen "
                "zehn Minuten sind schon vorbei. Was tun Sie?"
            ),
            "explanation": (
                "Stehen Sie zur Verzögerung, nennen Sie die tatsächliche Wartezeit und holen Sie "
                "Hilfe. Schweigen und Arbeiten „im eigenen Tempo“ machen aus dem Warten einen "
                "Konflikt."
            ),
            "answers": [
                {
                    "content": (
                        "Mich entschuldigen, die tatsächliche Wartezeit nennen und eine "
                        "Kollegin oder einen Kollegen zu Hilfe holen"
                    ),
                    "correct": True,
                },
                {
                    "content": "Im eigenen Tempo weiterarbeiten: Schneller geht es ohnehin nicht",
                    "correct": False,
                },
                {"content": "Sagen, dass ich niemanden festhalte", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Ein gut organisierter Ablauf erlaubt es selbst Neulingen, das im Unternehmen "
                "übliche Serviceniveau zu halten."
            ),
            "correct": True,
            "explanation": (
                "Richtig. Wenn die Anforderungen in Abläufe, Anweisungen und Checklisten "
                "eingebaut sind, müssen Neue nicht „am Kunden“ lernen."
            ),
        },
    ],
}

SCENARIO_PIZZA_DE = {
    "slug": "pizza-queue",
    "title": "Schlange in der Pizzeria: Freitagabend",
    "situation_type": "conflict",
    "channel": "in_person",
    "briefing": (
        "Sie stehen hinter der Theke einer Pizzeria. Es ist Freitagabend, Sie sind allein in der "
        "Schicht, und die Schlange wird länger. Es ist dieselbe Situation wie in der Geschichte "
        "aus der ersten Lektion – nur entscheiden jetzt Sie."
    ),
    "persona": {
        "name": "Kundin aus der Schlange",
        "mood": "gereizt: wartet schon über eine Viertelstunde",
    },
    "pass_score": 8,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "Eine Kundin kommt an die Theke und bestellt eine Margherita. Hinter ihr warten "
                "noch mehrere Leute, und in der Küche sind Sie allein."
            ),
            "choices": [
                {
                    "reply": "Ohne aufzublicken: „Warten Sie. Zehn Minuten.“",
                    "feedback": (
                        "Kein Gruß, keine ehrliche Zeitangabe: Sie wissen schon, dass zehn "
                        "Minuten nicht reichen. Ein Versprechen, das nicht gehalten wird, ist "
                        "der Keim des nächsten Konflikts."
                    ),
                    "points": -1,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
                {
                    "reply": (
                        "Guten Abend! Gerade ist viel los, die Margherita ist in etwa zwanzig "
                        "Minuten fertig. Möchten Sie warten, oder sollen wir sie Ihnen nach Hause "
                        "liefern?"
                    ),
                    "feedback": (
                        "Sie haben gegrüßt, eine ehrliche Zeit genannt und eine Wahl angeboten. "
                        "Die Kundin entscheidet selbst, und das Warten wird keine böse "
                        "Überraschung."
                    ),
                    "points": 2,
                    "criterion": "informs-about-wait",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "Eine Viertelstunde ist vergangen. Sieben Leute stehen an. Einer Kundin reißt der "
                "Geduldsfaden: „Das geht doch nicht so langsam! Wir sind hier viele und stehen "
                "schon über eine Viertelstunde!“"
            ),
            "choices": [
                {
                    "reply": "Ich halte hier niemanden fest! Ich werde nicht pro Pizza bezahlt.",
                    "feedback": (
                        "Genau dieser Satz hat die Pizzeria in der Geschichte die ganze Schlange "
                        "gekostet. Persönlicher Ärger über die Leitung geht die Kunden nichts an."
                    ),
                    "points": -4,
                    "criterion": "no-personal-grievances",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Ich bin allein in der Schicht, was soll ich machen? Beschweren Sie sich "
                        "bei der Geschäftsleitung."
                    ),
                    "feedback": (
                        "Sie haben ein internes Problem auf die Kunden abgewälzt. Die brauchen "
                        "keine Beschwerde, sondern ihre Pizza und eine klare Zeitangabe."
                    ),
                    "points": -2,
                    "criterion": "no-personal-grievances",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Sie haben recht, entschuldigen Sie die Wartezeit. Ich hole sofort eine "
                        "Kollegin aus der Küche dazu, dann geht es schneller. Ihre Bestellung ist "
                        "in fünf Minuten fertig."
                    ),
                    "feedback": (
                        "Sie haben das Problem zugegeben, Hilfe geholt und eine neue Zeit "
                        "genannt. Die Schlange sieht: Hier hat jemand die Lage im Griff."
                    ),
                    "points": 3,
                    "criterion": "calls-for-help-at-peak",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "Die Schlange murrt, zwei Leute gehen wortlos. Die Kundin mit der Margherita sagt: "
                "„Wissen Sie was, ich gehe dann wohl auch.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Bitte warten Sie noch einen Moment. Entschuldigung, das war daneben – so "
                        "geht das nicht. Ihre Pizza ist schon im Ofen und in drei Minuten fertig, "
                        "das Getränk geht aufs Haus."
                    ),
                    "feedback": (
                        "Sie haben sich entschuldigt und gerettet, was noch zu retten war. Ein "
                        "Teil des Vertrauens ist zurück, die gegangenen Kunden aber nicht."
                    ),
                    "points": 1,
                    "criterion": "no-personal-grievances",
                    "next": "s3",
                },
                {
                    "reply": "Wie Sie meinen.",
                    "feedback": (
                        "Sie haben die Kundin endgültig gehen lassen – und mit ihr alle, denen "
                        "sie von diesem Abend erzählen wird."
                    ),
                    "points": -2,
                    "criterion": "no-personal-grievances",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "Die Kundin, schon ruhiger: „Na gut, ich warte. Ist das bei Ihnen freitags immer "
                "so?“"
            ),
            "choices": [
                {
                    "reply": "Ja, immer. Da kann man nichts machen.",
                    "feedback": (
                        "Ehrlich, aber hoffnungslos: Sie haben der Kundin selbst gesagt, dass sie "
                        "nächstes Mal besser woanders hingeht."
                    ),
                    "points": -1,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Freitagabend ist bei uns am meisten los. Sie können vorher telefonisch "
                        "oder in der App bestellen – dann ist die Pizza fertig, wenn Sie kommen. "
                        "Soll ich Ihnen die Nummer geben?"
                    ),
                    "feedback": (
                        "Sie haben einen Weg gezeigt, die Schlange nächstes Mal zu umgehen. Die "
                        "Kundin geht mit einer Lösung, nicht mit Ärger."
                    ),
                    "points": 2,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "Die Pizza ist fertig, die Kollegin hilft an der Kasse, die Schlange löst sich "
                "allmählich auf. Nach der Schicht haben Sie kurz Zeit, mit dem Filialleiter zu "
                "sprechen."
            ),
            "choices": [
                {
                    "reply": (
                        "Dem Filialleiter sagen: „Freitags zwischen 18 und 21 Uhr schafft das "
                        "eine Person nicht: Die Schlange war bis zu sieben Leute lang, zwei sind "
                        "gegangen. Ich schlage vor, in dieser Zeit eine zweite Kraft "
                        "einzuplanen.“"
                    ),
                    "feedback": (
                        "Sie haben die Information über die Panne dorthin gebracht, wo sich der "
                        "Ablauf ändern lässt. So wird aus einem schwierigen Abend eine "
                        "Verbesserung."
                    ),
                    "points": 2,
                    "criterion": "calls-for-help-at-peak",
                    "next": "end_good",
                },
                {
                    "reply": "Nichts sagen: Die Schicht ist vorbei, und gut ist.",
                    "feedback": (
                        "Heute haben Sie es geschafft, aber der Ablauf ist derselbe – nächsten "
                        "Freitag wiederholt sich alles."
                    ),
                    "points": -1,
                    "criterion": "calls-for-help-at-peak",
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Der Filialleiter plant für Freitagabend eine zweite Kraft ein. Einen Monat "
                "später stehen freitags nie mehr als drei Leute an, und die Kundin mit der "
                "Margherita ist Stammkundin geworden – sie bestellt jetzt vorab in der App."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Heute konnten Sie die Kunden halten, aber nächsten Freitag wiederholt sich "
                "alles: Der Ablauf hat sich nicht geändert, und wer dann Schicht hat, steht "
                "wieder allein da."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Ein Teil der Schlange ist gegangen, und abends erscheint in der lokalen "
                "Facebook-Gruppe ein Beitrag: „In dieser Pizzeria sagt man Ihnen ins Gesicht, "
                "dass man Sie nicht braucht.“ Die Pizzeria verliert nicht einen Verkauf, sondern "
                "Dutzende künftige."
            ),
            "result": "bad",
        },
    },
}

SCENARIO_WIFI_DE = {
    "slug": "wifi-support-call",
    "title": "Anruf beim Support: „Ihr WLAN funktioniert nicht!“",
    "situation_type": "complex",
    "channel": "phone",
    "briefing": (
        "Sie arbeiten im Kundenservice des Internetanbieters NetzPlus. Ein Kunde ruft an, der "
        "zwei Abende lang versucht hat, sein WLAN selbst einzurichten, und schließlich "
        "aufgegeben hat. Er ist gereizt und vom ersten Satz an schroff. Ihre Aufgabe: ruhig "
        "bleiben, die Sache klären und das Problem so lösen, wie es dem Kunden passt."
    ),
    "persona": {
        "name": "Herr Becker",
        "mood": "gereizt und schroff: hat zwei Abende mit der Einrichtung verbracht",
    },
    "pass_score": 11,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "Ein Anruf geht auf der Support-Hotline ein.",
            "choices": [
                {
                    "reply": (
                        "NetzPlus Kundenservice, Sie sprechen mit Katrin Vogel. Was kann ich für "
                        "Sie tun?"
                    ),
                    "feedback": "Der Kunde weiß sofort, wo er gelandet ist und mit wem er spricht.",
                    "points": 2,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
                {
                    "reply": "Support, ja bitte?",
                    "feedback": (
                        "Unpersönlich. Nennen Sie das Unternehmen und Ihren Namen – das ist der "
                        "erste Schritt zum Vertrauen."
                    ),
                    "points": 0,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "„Was Sie für mich tun können? Ich versuche seit zwei Abenden, Ihr WLAN zum "
                "Laufen zu bringen! Jetzt tun Sie endlich mal was!“"
            ),
            "choices": [
                {
                    "reply": ("Bitte werden Sie nicht laut, sonst muss ich das Gespräch beenden."),
                    "feedback": (
                        "Eine Bemerkung über den Ton gießt nur Öl ins Feuer. Der Kunde ist nicht "
                        "auf Sie wütend, sondern auf die Situation."
                    ),
                    "points": -2,
                    "criterion": "keeps-calm-when-provoked",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Das verstehe ich, zwei Abende – das ist wirklich ärgerlich. Lassen Sie "
                        "uns das gemeinsam lösen. Was haben Sie schon unternommen: Ist der Router "
                        "am Kabel angeschlossen, leuchten die Lämpchen?"
                    ),
                    "feedback": (
                        "Sie sind nicht auf den Ton eingegangen, haben Anteil genommen und mit "
                        "der Frage begonnen, was der Kunde schon getan hat."
                    ),
                    "points": 3,
                    "criterion": "asks-what-was-tried",
                    "next": "s3",
                },
                {
                    "reply": "Starten Sie Router und Computer neu.",
                    "feedback": (
                        "Ein Rat ohne Nachfrage: Das hat der Kunde sehr wahrscheinlich schon "
                        "mehrmals getan. Er hört heraus, dass ihm niemand zuhört."
                    ),
                    "points": -1,
                    "criterion": "asks-what-was-tried",
                    "next": "s2b",
                },
            ],
        },
        "s2b": {
            "text": (
                "„Wollen Sie mich veräppeln? Das habe ich alles schon zehnmal gemacht! Ich will "
                "jemanden, der sich auskennt!“"
            ),
            "choices": [
                {
                    "reply": (
                        "Alle Techniker sind beschäftigt. Ich kann nur ein Ticket aufnehmen – Sie "
                        "werden zurückgerufen."
                    ),
                    "feedback": (
                        "Der Kunde, der sich zwei Abende mit dem Problem abgemüht hat, steht "
                        "wieder allein da. Sehr wahrscheinlich wechselt er den Anbieter."
                    ),
                    "points": -3,
                    "criterion": "offers-several-options",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "Entschuldigung, da war ich zu schnell. Gehen wir der Reihe nach vor: "
                        "Erzählen Sie mir, was Sie schon gemacht haben – ich schlage Ihnen "
                        "nichts vor, was Sie schon probiert haben."
                    ),
                    "feedback": (
                        "Sie haben den Fehler eingeräumt und sind zum richtigen Schritt "
                        "zurückgekehrt. Das Gespräch wird wieder konstruktiv."
                    ),
                    "points": 1,
                    "criterion": "asks-what-was-tried",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": (
                "„Der Router ist angeschlossen, die Lämpchen leuchten. Der Laptop sieht das Netz, "
                "kann sich aber nicht verbinden: Angeblich ist das Passwort falsch. Dabei tippe "
                "ich das Passwort vom Aufkleber ein!“"
            ),
            "choices": [
                {
                    "reply": (
                        "Danke, das hilft mir sehr. Ich sehe zwei Möglichkeiten. Erstens: Ich "
                        "setze das WLAN-Passwort jetzt per Fernzugriff zurück und sage Ihnen das "
                        "neue durch, das dauert etwa fünf Minuten. Zweitens: Ein Techniker kommt "
                        "vorbei und richtet alles kostenlos vor Ort ein. Was ist Ihnen lieber?"
                    ),
                    "feedback": (
                        "Sie haben zwei echte Lösungen angeboten und dem Kunden die Wahl gelassen."
                    ),
                    "points": 3,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Dann geben Sie das Passwort falsch ein. Da wird zwischen Groß- und "
                        "Kleinschreibung unterschieden."
                    ),
                    "feedback": (
                        "Vielleicht haben Sie recht, aber der Kunde hört einen Vorwurf. Besser "
                        "ist eine Lösung, die nicht von seinem Fehler abhängt."
                    ),
                    "points": -1,
                    "criterion": "keeps-calm-when-provoked",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "„Wissen Sie was, schicken Sie lieber einen Techniker, der das erledigt – ich "
                "will mich nicht mehr damit herumschlagen. Nur bin ich bis sieben bei der "
                "Arbeit.“"
            ),
            "choices": [
                {
                    "reply": (
                        "Unsere Techniker arbeiten werktags bis 18 Uhr. Nehmen Sie sich frei oder "
                        "warten Sie bis Samstag."
                    ),
                    "feedback": (
                        "Der Kunde soll sich nach dem Unternehmen richten. Für ihn ist das noch "
                        "mehr verlorene Zeit."
                    ),
                    "points": -2,
                    "criterion": "convenient-time",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Selbstverständlich. Der Techniker kommt, wann es Ihnen passt: heute "
                        "zwischen 19:30 und 21:00 Uhr, morgen zwischen 19 und 21 Uhr oder am "
                        "Samstag jederzeit zwischen 9 und 18 Uhr. Was passt Ihnen?"
                    ),
                    "feedback": (
                        "Sie haben sich nach dem Kalender des Kunden gerichtet. Genau diesen Satz "
                        "– „wann es Ihnen passt“ – erzählen Kunden später ihren Bekannten weiter."
                    ),
                    "points": 3,
                    "criterion": "convenient-time",
                    "next": "s5",
                },
            ],
        },
        "s5": {
            "text": "„Dann heute, um halb acht.“",
            "choices": [
                {
                    "reply": (
                        "Ist notiert: heute zwischen 19:30 und 21:00 Uhr, Lindenstraße 12, "
                        "Wohnung 45. Der Techniker ruft eine halbe Stunde vorher an. Falls sich "
                        "etwas ändert, rufen Sie uns einfach an – dann verlegen wir den Termin. "
                        "Kann ich sonst noch etwas für Sie tun?"
                    ),
                    "feedback": (
                        "Sie haben zusammengefasst und den Anruf des Technikers vereinbart. Der "
                        "Kunde muss sich um nichts mehr sorgen."
                    ),
                    "points": 2,
                    "criterion": "confirms-agreement",
                    "next": "end_good",
                },
                {
                    "reply": "Gut, dann warten Sie.",
                    "feedback": (
                        "Die Vereinbarung ist nicht bestätigt: Der Kunde kennt das genaue "
                        "Zeitfenster nicht, weiß nicht, ob der Techniker vorher anruft, und ist "
                        "noch etwas unruhig."
                    ),
                    "points": -1,
                    "criterion": "confirms-agreement",
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Am Abend richtet der Techniker das Netz in einer Viertelstunde ein. Herr Becker "
                "erzählt Kollegen und Nachbarn, NetzPlus habe den besten Support der Stadt: „Ich "
                "war richtig unfreundlich, und die haben trotzdem alles gelöst – und zu einer "
                "Zeit, die mir passt.“"
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Der Techniker war da, das Internet läuft. Aber Herr Becker hat das Gefühl, man "
                "habe sich um sein Problem nur nebenbei gekümmert, und empfiehlt den Anbieter "
                "nicht gerade weiter."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Herr Becker kündigt seinen Vertrag und wechselt zur Konkurrenz. In seiner "
                "Bewertung schreibt er, der Support könne „nur raten, den Router neu zu "
                "starten“."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION_DE = {
    "title": "Servicestandards und Serviceorganisation",
    "summary": (
        "Guter Service beruht nicht auf den höflichen Worten Einzelner, sondern auf einem "
        "organisierten Ablauf, in dem die Arbeit gleich beim ersten Mal gut gemacht wird. Der Kurs "
        "erklärt, was Servicestandards sind, woraus sie bestehen und warum sie nur wirken, wenn "
        "sie auf allen Ebenen des Unternehmens bekannt, angenommen und eingehalten werden."
    ),
    "lessons": LESSONS_DE,
    "quiz": QUIZ_DE,
    "scenarios": [SCENARIO_PIZZA_DE, SCENARIO_WIFI_DE],
}
