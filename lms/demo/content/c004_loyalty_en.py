"""Course 004, English version: corporate standards of customer care and loyalty.

Written in English from the seed article's ideas, not translated word for word from the German
original. Same structure as ``c004_loyalty``: four lessons with the same block kinds, a quiz of
eight questions that is a language version of the German one, and two role-plays with the German
ones' slugs, step keys, criteria and points, so they become their translations.
"""

LESSONS_EN = [
    {
        "slug": "zufriedenheit-und-loyalitaet",
        "title": "Satisfaction is not loyalty",
        "intro": (
            "A satisfied customer had a good experience with us today. A loyal customer comes "
            "back, recommends us and forgives the occasional slip."
        ),
        "body": [
            (
                "case",
                {
                    "title": "The karaoke player, take one: “It’s all in front of you”",
                    "story": (
                        "A customer in an electronics shop asks: “Excuse me, do you have DVD "
                        "players with karaoke?” Without getting up, the sales assistant replies: "
                        "“Everything we’ve got is in front of you. Just read the boxes — if it "
                        "says karaoke, it does karaoke.” The customer looks at the crowded shelf, "
                        "hesitates and walks out."
                    ),
                    "lesson": (
                        "Strictly speaking, the question was answered. What the customer "
                        "actually heard was that he was a nuisance. He leaves disappointed and "
                        "annoyed — and buys somewhere else."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "case",
                {
                    "title": "The karaoke player, take two: “Come and have a look”",
                    "story": (
                        "Same customer, same question. This time the assistant says: “Hello! Yes, "
                        "we have karaoke DVD players from several makers. Come over to the display "
                        "and I’ll show you what they can do.” The customer stays, gets some advice "
                        "and buys one."
                    ),
                    "lesson": (
                        "The range, the customer and the question are identical, and both times "
                        "the question got an answer. The only difference is how the employee "
                        "treated the customer. Service standards exist so that take two is the "
                        "rule rather than a matter of luck."
                    ),
                    "outcome": "good",
                },
            ),
            ("heading", {"text": "Satisfied does not mean committed", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A customer who is greeted warmly, gets a good product and is well looked "
                    "after is satisfied. But satisfaction lives in the here and now: it does not "
                    "yet mean any emotional tie to the company or the brand. A merely satisfied "
                    "customer may use us often, yet switch without a second thought the moment a "
                    "competitor makes an attractive offer.</p><p>A loyal customer behaves "
                    "differently:</p><ul><li>buys from us regularly;</li><li>recommends us to "
                    "colleagues, business partners and friends;</li><li>forgives the odd small "
                    "mistake — as long as it stays an exception and does not become the new "
                    "normal;</li><li>is hardly moved by competitors’ promotions and "
                    "discounts;</li><li>feels an emotional bond with the company.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Why loyalty schemes are not enough",
                    "text": (
                        "Many companies try to buy loyalty with points schemes and PR campaigns, "
                        "and are disappointed with the results. What lasts is what the customer "
                        "experiences at every single contact. That is exactly what service "
                        "standards govern, which is why they are now one of the most effective "
                        "tools for keeping customers."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Every question is an invitation",
                    "rule": (
                        "We answer a customer’s question specifically and offer, unprompted, to "
                        "show or explain the product. We do not point people to shelves, labels "
                        "or the website."
                    ),
                    "why": (
                        "A question is the customer opening a conversation. Sending them to read "
                        "the label closes it — and the sale with it."
                    ),
                },
            ),
            (
                "phrases",
                {
                    "title": "Your first words on the shop floor",
                    "context": (
                        "A customer has asked a question. Whether they stay is decided in the "
                        "first few seconds."
                    ),
                    "pairs": [
                        {
                            "avoid": "Everything we’ve got is over there.",
                            "use": "Yes, we have several models. Shall I show you?",
                            "why": (
                                "The customer feels invited rather than brushed off, and the "
                                "conversation carries on."
                            ),
                        },
                        {
                            "avoid": "It says so on the label.",
                            "use": (
                                "This model has that feature — let me quickly show you how it "
                                "works."
                            ),
                            "why": (
                                "Pointing to the label tells the customer they asked a silly "
                                "question."
                            ),
                        },
                        {
                            "avoid": "I can’t help you with that.",
                            "use": (
                                "I’m afraid we don’t stock that. I can order it for you or show "
                                "you something similar."
                            ),
                            "why": "Even a no can end with an offer.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "wann-standards-noetig-sind",
        "title": "When a company needs standards",
        "intro": (
            "Some signs show clearly that service has been left to chance. If you recognise them, "
            "it is time for binding standards — for every department, not just sales."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The experience of Russian and international companies alike is the same: "
                    "a company that builds respect, friendliness and professionalism into its "
                    "corporate standards, and turns them into a system of good customer care, "
                    "gains a clear competitive edge.</p>"
                ),
            ),
            ("heading", {"text": "Warning signs", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>Complaints about the way customers are treated are rising, and the "
                    "cause often lies in how customer care is organised.</li><li>Regular "
                    "customers are drifting away.</li><li>More and more competitors offer similar "
                    "goods at similar prices, so competition moves to the quality of "
                    "service.</li><li>There is no common style of dealing with customers: "
                    "everyone works from their own experience and in whatever way suits "
                    "them.</li><li>Branches of the same chain differ so much in style and level "
                    "of service that no single picture of the company emerges.</li><li>There are "
                    "rules for dealing with customers, but they have never been formally approved "
                    "and are not always followed.</li><li>There are no clear criteria, understood "
                    "by everyone, for what good customer care looks like.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "A single sign already costs customers",
                    "text": (
                        "Each of these signs costs customers. When several appear at once, the "
                        "company is steadily losing its regulars — usually without noticing."
                    ),
                },
            ),
            ("heading", {"text": "Standards apply to every department", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Before writing standards, decide exactly what they are meant to cover. "
                    "Some companies write standards only for front-line staff: sales assistants, "
                    "cashiers, sales managers. Yet accounts, reception, the warehouse and the "
                    "installers deal with customers too, if less often. The result: the sale "
                    "goes perfectly, while after-sales service leaves a lot to be desired.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "The window fitters",
                    "story": (
                        "A company sells and installs PVC windows. Its sales staff follow every "
                        "company guideline on talking to customers to the letter. Then the "
                        "installation crew turns up at the customer’s flat in muddy boots and "
                        "overalls that have seen better days. The windows go in, and the crew "
                        "goes without a word, leaving the rubble behind. Complaints reach "
                        "management on a regular basis."
                    ),
                    "lesson": (
                        "Customers judge a company by the whole experience, not by its best "
                        "employee. From the very start of work on standards, map every process in "
                        "which staff deal with customers — installation, delivery and accounts "
                        "included."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "do_dont",
                {
                    "title": "Service behind the scenes",
                    "do": [
                        (
                            "Accounts: check invoices before they go out and answer queries "
                            "politely and promptly"
                        ),
                        (
                            "Reception: greet callers warmly and put them through reliably, or "
                            "call them back"
                        ),
                        (
                            "Warehouse and delivery: pack goods carefully, keep to delivery slots, "
                            "call ahead if running late"
                        ),
                        (
                            "Installation: wear shoe covers and clean workwear, cover the "
                            "furniture, take the rubble away, check the finished job together "
                            "with the customer"
                        ),
                    ],
                    "dont": [
                        "Brush callers off with “That’s not my department”",
                        "Promise to call back and forget",
                        "Deliver later than agreed without warning",
                        "Leave the flat without a word and full of rubble",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "standards-gemeinsam-entwickeln",
        "title": "Developing standards together",
        "intro": (
            "A standard that staff helped to write is one they live by. One handed down from above "
            "often stays on paper."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Developing and introducing service standards is a project inside the "
                    "company. Whether it succeeds depends on working carefully through its main "
                    "stages.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Project roadmap: from decision to a standard people live by",
                    "situation": (
                        "Management has decided to introduce binding customer-care standards."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Set the goals and the framework. Management answers: why do we "
                                "need standards? What will change for staff and for customers? "
                                "How will we introduce them and check they are kept? How will we "
                                "motivate everyone to work by them?"
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Form a working group: senior management, the heads of the "
                                "departments concerned, staff who will work to the standards, "
                                "plus marketing and HR specialists."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Communicate internally. One to two months before the project "
                                "starts at the latest, everyone learns that standards are coming "
                                "and that work with customers will follow them. Everyone is "
                                "explicitly invited to suggest ideas on their form and content."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Assess where you stand: observe real customer contacts, "
                                "interview sales and other departments, run mystery-shopper "
                                "visits. Sort situations into “typical”, “complex” and "
                                "“conflict”, and find the points where things get stuck today."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Collect the difficult situations. Ask staff what causes them "
                                "the most trouble with customers today, work out the most "
                                "effective response and write it into the standard."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Design the structure and content to fit the business (see below: "
                                "B2C and B2B)."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Roll out: training at launch, induction for new starters, "
                                "refresher training when things change; tie the standards to "
                                "motivation and appraisal."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Don’t impose them from the top",
                    "rule": (
                        "Standards are developed together with the people who will later work "
                        "to them."
                    ),
                    "why": (
                        "They know the typical and the difficult situations best. And people "
                        "rarely reject what they helped to create, so resistance during roll-out "
                        "drops markedly."
                    ),
                },
            ),
            ("heading", {"text": "Typical, complex, conflict", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For each kind of situation the standard sets out the most effective way to "
                    "act and to speak:</p><ul><li><b>Typical:</b> a customer asks about a product "
                    "or waits for a repair.</li><li><b>Complex:</b> the repair turns up another "
                    "fault and the schedule starts to slip.</li><li><b>Conflict:</b> a customer "
                    "complains that the installers left rubble behind.</li></ul><p>That way staff "
                    "have the tools to handle even difficult situations prepared, confident and "
                    "successful.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "B2C and B2B: different levels of detail",
                    "do": [
                        (
                            "B2C (consumers): describe standards in detail — down to the exact "
                            "wording for particular situations"
                        ),
                        (
                            "B2B (business customers): set a clear procedure for each stage of "
                            "the sale and provide ready phrasing only for the hardest moments"
                        ),
                        "Adapt the standards to your own company’s specifics",
                    ],
                    "dont": [
                        "Copy someone else’s standard word for word",
                        "Script every sentence for B2B account managers",
                        (
                            "In consumer retail, state only general values without describing "
                            "concrete behaviour"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Using mystery shopping well",
                    "text": (
                        "Mystery shopping is a diagnostic tool, not a trap. Discuss the results "
                        "with the team, anonymised and with the focus on processes — not on "
                        "finding someone to blame."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "standards-im-alltag",
        "title": "Standards at work: lessons from a car dealership",
        "intro": (
            "A good standard says exactly what staff do — and the customer feels that someone is "
            "looking after them, not just their car."
        ),
        "body": [
            (
                "quote",
                {
                    "quote": (
                        "While the customer waits, the technician in charge of the repair comes "
                        "out to see them every 15 to 20 minutes. He tells them how the work is "
                        "going, offers them a coffee or chats about things that matter to "
                        "drivers."
                    ),
                    "attribution": (
                        "From the service standards of the workshops of a well-known German car "
                        "maker (paraphrased)"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The customer senses that the attention is not only on their car but on "
                    "them personally. The wait becomes more pleasant even though they came in "
                    "with a problem, and the business takes on a human face.</p><p>That good "
                    "feeling rubs off, without the customer noticing, on the whole company. When "
                    "it is time to buy the next car, or a friend asks for advice, the decision "
                    "comes easily: “I’m buying from them — and I recommend them.”</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "The customer waiting at the workshop",
                    "situation": (
                        "A customer is waiting in the customer lounge while their car is being "
                        "repaired or serviced."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Greet the customer, give a realistic waiting time and show them "
                                "the lounge."
                            ),
                            "phrase": (
                                "It’ll take about an hour. You can wait in comfort here — can I "
                                "get you a coffee?"
                            ),
                        },
                        {
                            "action": (
                                "Look in every 15 to 20 minutes with a short progress update."
                            ),
                            "phrase": (
                                "A quick update: the oil change is done, and now we’re checking "
                                "the brakes."
                            ),
                        },
                        {
                            "action": (
                                "Report any extra findings straight away, give the time and the "
                                "cost, and leave the decision to the customer."
                            ),
                            "phrase": (
                                "We can do it today while you’re here — about 45 minutes, "
                                "roughly £250 — or book you in for another day. Which would you "
                                "prefer?"
                            ),
                        },
                        {
                            "action": (
                                "If the work runs late, give a new time and offer alternatives, "
                                "such as a lift in the courtesy car."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "At handover, explain the work done, go through the invoice and "
                                "ask whether anything is still unclear."
                            ),
                            "phrase": "Here’s what we’ve done. Any questions about it?",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Rolling standards out and keeping them alive", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Roll-out is one of the most important stages of the project: how well it "
                    "is planned decides whether the standards come to life in the company at all. "
                    "The most effective approach is training based on the standards — at launch, "
                    "during induction of new starters and whenever the rules change.</p><p>Nobody "
                    "becomes customer-focused overnight just because the company has adopted "
                    "standards. What matters is that everyone understands how directly the way "
                    "they treat customers shapes their own results and the success of the whole "
                    "company. When standards are well written and checked, staff know exactly "
                    "what is expected of them and how their work is judged. Managers, in turn, "
                    "get measures with which they can actually steer sales and service.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "Standards belong in appraisal and reward",
                    "rule": (
                        "Keeping to the standards counts in induction, regular training, "
                        "appraisals and bonuses."
                    ),
                    "why": (
                        "What is not measured and recognised fades away in daily work. Clear "
                        "criteria show everyone what good work looks like — and earn the "
                        "customers’ trust, respect and loyalty."
                    ),
                },
            ),
            ("heading", {"text": "Criteria for doing it right", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Customer care to the standard",
                    "criteria": [
                        {
                            "code": "begruesst-aktiv",
                            "text": (
                                "Greets the customer and approaches them instead of pointing to "
                                "shelves or labels"
                            ),
                        },
                        {
                            "code": "beantwortet-konkret",
                            "text": (
                                "Answers the question specifically and offers to show or explain "
                                "the product"
                            ),
                        },
                        {
                            "code": "klaert-bedarf",
                            "text": (
                                "Finds out with one or two questions what the customer really "
                                "needs, and does not push anything unnecessary"
                            ),
                        },
                        {
                            "code": "nennt-realistische-zeit",
                            "text": "Gives a realistic waiting, delivery or repair time",
                        },
                        {
                            "code": "meldet-sich-regelmaessig",
                            "text": (
                                "Checks in with a waiting customer every 15 to 20 minutes with a "
                                "progress update"
                            ),
                        },
                        {
                            "code": "informiert-bei-abweichung",
                            "text": (
                                "Reports extra findings or delays at once and lets the customer "
                                "decide"
                            ),
                        },
                        {
                            "code": "hinterlaesst-ordnung",
                            "text": (
                                "Leaves the customer’s premises clean and takes rubble and "
                                "packaging away"
                            ),
                        },
                        {
                            "code": "uebergabe-mit-erklaerung",
                            "text": (
                                "Finishes with a handover, an explanation and a question about "
                                "anything still open"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

# The correct answer sits in a different place in each question (and not where the Russian version
# has it), so answering "the first option" everywhere does not pass.
QUIZ_EN = {
    "slug": "kundenbindung-quiz-en",
    "version_of": "kundenbindung-quiz",
    "title": "Knowledge check: service standards and customer loyalty",
    "description": (
        "Eight questions on loyalty, on developing standards and on situations from the course. "
        "To pass, you need at least 70 % correct answers."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "exam_paper": True,  # attempts are kept: the essay is marked by a trainer afterwards
    "success_text": (
        "Passed! You know how satisfied customers become loyal ones. Next time you serve a "
        "customer, pay attention to your first words — and to the last impression you leave."
    ),
    "fail_text": (
        "Not passed yet. Read the lessons on loyalty and on developing standards again, then try "
        "once more."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": "What sets a loyal customer apart from one who is merely satisfied?",
            "explanation": (
                "Satisfaction arises in the here and now. Loyalty shows over time: regular "
                "purchases, recommendations, patience with small mistakes and indifference to "
                "competitors’ offers."
            ),
            "answers": [
                {"content": "They had no complaints about their last purchase", "correct": False},
                {
                    "content": "They take up every discount, including the competitors’ ones",
                    "correct": False,
                },
                {
                    "content": (
                        "They buy regularly, recommend the company and forgive the occasional "
                        "small mistake"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "In the karaoke example, the difference between the two situations was the "
                "shop’s product range."
            ),
            "correct": False,
            "explanation": (
                "False. The range, the customer and the question were the same. The only "
                "difference was how the customer was treated: brushed off in the first take, "
                "invited over in the second."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Which signs suggest that a company needs service standards? Select all that apply."
            ),
            "explanation": (
                "Rising complaints, big differences between branches and no shared quality "
                "criteria are typical warning signs. Opening a new online shop is not such a sign "
                "in itself."
            ),
            "answers": [
                {
                    "content": "Branches of the same chain differ widely in their service",
                    "correct": True,
                },
                {
                    "content": "There are no shared criteria for good customer care",
                    "correct": True,
                },
                {"content": "The company has opened a new online shop", "correct": False},
                {
                    "content": "Complaints about the way customers are treated are rising",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "Why should standards be developed together with staff rather than imposed from "
                "the top?"
            ),
            "explanation": (
                "Staff know the typical and difficult situations first-hand, and people accept "
                "more readily what they helped to shape."
            ),
            "answers": [
                {
                    "content": (
                        "They know the difficult situations best, and people accept what they "
                        "helped to create"
                    ),
                    "correct": True,
                },
                {"content": "Because that makes the standards shorter", "correct": False},
                {"content": "Because management has no time for it", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "Service standards only concern sales staff who deal with customers face to face."
            ),
            "correct": False,
            "explanation": (
                "False. Accounts, reception, the warehouse, delivery and installers all deal with "
                "customers. The window fitters show it: a flawless sale is worth little if the "
                "installation ruins the impression."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "A customer is waiting at the workshop for her car. What does the standard say?"
            ),
            "explanation": (
                "Regular updates every 15 to 20 minutes and the offer of a coffee show the "
                "customer that someone is looking after her, not just her car."
            ),
            "answers": [
                {
                    "content": "Speak to her only when the car is ready, so as not to disturb her",
                    "correct": False,
                },
                {
                    "content": (
                        "Look in every 15 to 20 minutes, report progress and offer her a coffee"
                    ),
                    "correct": True,
                },
                {
                    "content": "Ask her to come back later so the lounge stays free",
                    "correct": False,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "A company sells business to business. How should its service standards be built?"
            ),
            "explanation": (
                "In B2B, clear procedures for each stage of the sale work best, with ready "
                "phrasing for the hardest moments. Word-for-word scripts for every sentence are "
                "more usual in consumer retail."
            ),
            "answers": [
                {
                    "content": "No standards are needed: business customers are professionals",
                    "correct": False,
                },
                {
                    "content": "Every sentence of the conversation is scripted word for word",
                    "correct": False,
                },
                {
                    "content": (
                        "A procedure for each stage of the sale, with ready phrasing for the "
                        "hardest moments"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "essay",
            "content": (
                "A window company’s installation crews leave dirt and rubble behind at customers’ "
                "homes. Write three rules for the standard “Installation at the customer’s home” "
                "and justify each one from the customer’s point of view."
            ),
            "explanation": (
                "A good answer contains specific rules that can be checked, for example: wear "
                "shoe covers and cover the furniture (the home stays clean); take rubble and "
                "packaging away (the customer is left with no extra work); check the finished job "
                "together and say goodbye (the customer gets a proper finish and knows whom to "
                "contact)."
            ),
        },
    ],
}

# Step keys, criteria and points as in the German role-play (its translation); the best reply is
# not always the first one.
SCENARIO_KARAOKE_EN = {
    "slug": "karaoke-player",
    "title": "The karaoke player: a question on the shop floor",
    "situation_type": "typical",
    "channel": "in_person",
    "briefing": (
        "You work in the TV and audio department of an electronics shop. A customer comes up to "
        "you with a question. Turn a quick question into a sale — and the buyer into a regular "
        "customer."
    ),
    "persona": {
        "name": "Mr Baker",
        "mood": "friendly, a little unsure of himself, not very good with gadgets",
    },
    "pass_score": 7,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "“Excuse me, do you have DVD players with karaoke?”",
            "choices": [
                {
                    "reply": "Yes, aisle 4, bottom right.",
                    "feedback": (
                        "The answer is correct, but you have left the customer to fend for "
                        "himself. Better: walk over with him and show him the models."
                    ),
                    "points": 0,
                    "criterion": "beantwortet-konkret",
                    "next": "s2",
                },
                {
                    "reply": (
                        "Everything we’ve got is over there. If the box says karaoke, it does "
                        "karaoke."
                    ),
                    "feedback": (
                        "That is the reply from take one. Technically right, but the customer "
                        "feels brushed off."
                    ),
                    "points": -3,
                    "criterion": "begruesst-aktiv",
                    "next": "s1b",
                },
                {
                    "reply": (
                        "Hello! Yes, we have them from several makers. Come with me and I’ll show "
                        "you."
                    ),
                    "feedback": (
                        "You greeted him, answered his question and invited him over. The "
                        "conversation can begin."
                    ),
                    "points": 3,
                    "criterion": "begruesst-aktiv",
                    "next": "s2",
                },
            ],
        },
        "s1b": {
            "text": (
                "Mr Baker glances uncertainly at the crowded shelf and is already turning towards "
                "the exit."
            ),
            "choices": [
                {
                    "reply": "Say nothing — he can read.",
                    "feedback": (
                        "The customer leaves. He won’t be back, and he will probably tell people "
                        "about it."
                    ),
                    "points": -2,
                    "criterion": "beantwortet-konkret",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "Sorry, that was a bit short of me. Let me show you which ones do "
                        "karaoke — there are three models."
                    ),
                    "feedback": (
                        "Saved at the last moment: you noticed your mistake and brought the "
                        "customer back."
                    ),
                    "points": 1,
                    "criterion": "begruesst-aktiv",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "At the display: “Oh, there are several. What’s the difference between them? It’s "
                "for my daughter’s birthday party — about ten children are coming.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Can I just ask: do you already have microphones? And will you connect it "
                        "to the TV or to a stereo?"
                    ),
                    "feedback": "Two short questions, and you know what the customer really needs.",
                    "points": 2,
                    "criterion": "klaert-bedarf",
                    "next": "s3",
                },
                {
                    "reply": "Take the most expensive one, it’s the best.",
                    "feedback": (
                        "Without knowing what he needs, that is not advice. The customer can tell "
                        "you care about the price, not about him."
                    ),
                    "points": -2,
                    "criterion": "klaert-bedarf",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": (
                "“We haven’t got microphones. We want to plug it into the TV. And it shouldn’t "
                "cost too much.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Then go for the premium model with recording — it’s on offer at the "
                        "moment."
                    ),
                    "feedback": (
                        "You are selling him something he doesn’t need. When he realises, his "
                        "trust is gone."
                    ),
                    "points": -1,
                    "criterion": "klaert-bedarf",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Then I’d recommend this one: it comes with two microphones and lots of "
                        "children’s songs. The dearer one next to it has Bluetooth and recording, "
                        "which you won’t need for a kids’ party. Would you like to try it?"
                    ),
                    "feedback": (
                        "An honest recommendation that fits the need — including what he doesn’t "
                        "need to pay for. That is how trust is built."
                    ),
                    "points": 3,
                    "criterion": "beantwortet-konkret",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "Mr Baker tries the player and smiles: “Right, I’ll take it. But it has to work by "
                "Saturday.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Of course. I’ll put the quick-start guide in with it. If anything doesn’t "
                        "work on Saturday, this is our helpline number — it’s open at weekends "
                        "too. Have a great party!"
                    ),
                    "feedback": (
                        "A proper finish: the customer knows what to do if something goes wrong "
                        "and leaves with a good feeling."
                    ),
                    "points": 2,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_good",
                },
                {
                    "reply": "The tills are over there.",
                    "feedback": (
                        "The sale is made, but the last impression is cold — and the last "
                        "impression decides whether he comes back."
                    ),
                    "points": -2,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Two weeks later Mr Baker is back, this time for a new TV. “You were such a help "
                "last time,” he says. His sister starts shopping with you on his recommendation, "
                "too."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "Mr Baker buys the player and is satisfied — today. No bond with your shop has "
                "formed; next time, the price will decide."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Mr Baker leaves without buying anything, feeling he was in the way. That evening "
                "he orders a karaoke player from a competitor."
            ),
            "result": "bad",
        },
    },
}

SCENARIO_WORKSHOP_EN = {
    "slug": "workshop-waiting-customer",
    "title": "At the workshop: the customer who is waiting",
    "situation_type": "complex",
    "channel": "in_person",
    "briefing": (
        "You are the service technician at a car dealership. Mrs Patel arrived at 9 a.m. for a "
        "service and is waiting in the customer lounge. The job was booked for one hour, and at "
        "11:30 she has an important appointment in town. Make sure she feels well looked after — "
        "even when something unexpected comes up."
    ),
    "persona": {"name": "Mrs Patel", "mood": "stressed, keeps looking at her watch"},
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "9:20. The service is under way. Mrs Patel has been in the lounge for twenty "
                "minutes and keeps checking her watch."
            ),
            "choices": [
                {
                    "reply": (
                        "Go over to her: “Mrs Patel, a quick update: the oil and filters are done, "
                        "and now we’re checking the brakes. We’re on schedule. Can I bring you a "
                        "coffee?”"
                    ),
                    "feedback": (
                        "Exactly what the standard asks for: an update, the schedule, some "
                        "attention. The customer relaxes."
                    ),
                    "points": 3,
                    "criterion": "meldet-sich-regelmaessig",
                    "next": "s2",
                },
                {
                    "reply": "Carry on working — she’ll say if she needs anything.",
                    "feedback": (
                        "To the customer, waiting without news looks as if she has been forgotten."
                    ),
                    "points": -1,
                    "criterion": "meldet-sich-regelmaessig",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "9:40. The check shows that the front brake discs are nearly worn out. Replacing "
                "them would take about 45 minutes and cost around £250."
            ),
            "choices": [
                {
                    "reply": "Just replace the discs as well — she’ll be glad it’s done.",
                    "feedback": (
                        "Working without consent is a serious breach of trust, even when the work "
                        "is technically necessary."
                    ),
                    "points": -3,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Go over to her: “We’ve found something: the front brake discs are close "
                        "to the limit. It’s safe to drive today, but they should be replaced in "
                        "the next few weeks. It takes about 45 minutes and costs around £250. We "
                        "can do it now or book you in for another day — which would you prefer?”"
                    ),
                    "feedback": (
                        "Honest and specific, with time and price — and the decision stays with "
                        "the customer."
                    ),
                    "points": 3,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "10:40. Mrs Patel is at the desk: “We agreed on one hour! And what is this extra "
                "£250 on the job sheet? Nobody said a word to me about it.”"
            ),
            "choices": [
                {
                    "reply": (
                        "You’re absolutely right, we should have asked you first. I’m sorry. The "
                        "discs really were almost worn through — I can show you the old parts. "
                        "We’ll cover the labour; you only pay for the parts."
                    ),
                    "feedback": (
                        "You admitted the mistake plainly and made a fair offer. The damage is "
                        "limited, but not undone."
                    ),
                    "points": 1,
                    "criterion": "informiert-bei-abweichung",
                    "next": "s4",
                },
                {
                    "reply": "It had to be done, the brakes were finished. Safety comes first.",
                    "feedback": (
                        "Perhaps right on the facts, but all she hears is that the decision was "
                        "made over her head."
                    ),
                    "points": -2,
                    "criterion": "informiert-bei-abweichung",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": "“I’d rather get it done now — but I must be in town by half past eleven.”",
            "choices": [
                {
                    "reply": (
                        "Then here’s what I suggest: we replace the discs now, and your car will "
                        "be ready at about 10:45. If it takes longer after all, our courtesy "
                        "driver will take you to your appointment and we’ll deliver the car to "
                        "you this afternoon. Would that work for you?"
                    ),
                    "feedback": (
                        "A realistic time and a plan B. The customer can plan her appointment "
                        "with confidence."
                    ),
                    "points": 3,
                    "criterion": "nennt-realistische-zeit",
                    "next": "s4",
                },
                {
                    "reply": "No problem at all, it’ll take half an hour at most.",
                    "feedback": (
                        "An over-optimistic promise. If it gets tight, the customer is under "
                        "pressure — and you look unreliable."
                    ),
                    "points": -1,
                    "criterion": "nennt-realistische-zeit",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": "10:50. The car is ready. Mrs Patel comes to the desk.",
            "choices": [
                {
                    "reply": (
                        "Slide the invoice across the desk: “Here’s your invoice. The key’s in "
                        "the car.”"
                    ),
                    "feedback": (
                        "The work is good, but the handover feels like being processed. The last "
                        "impression counts."
                    ),
                    "points": -1,
                    "criterion": "uebergabe-mit-erklaerung",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "“Here’s your car. We’ve done the service and replaced the front brake "
                        "discs and pads — the old parts are here if you’d like to see them. The "
                        "invoice lists both jobs separately. Any questions? Have a good drive to "
                        "your appointment!”"
                    ),
                    "feedback": (
                        "A transparent handover: the customer sees what was done and what she is "
                        "paying for."
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
                "Mrs Patel makes her appointment and that evening writes a review: “They look "
                "after the person here, not just the car.” A year later she buys her next car "
                "from the same dealership."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "The car is fine and the invoice is right. Mrs Patel drives off satisfied — but "
                "with the feeling of a chore done rather than a reason to come back."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Mrs Patel pays under protest, is late for her appointment and switches to the "
                "independent garage round the corner. She tells her colleagues about “the "
                "workshop that just swaps parts and then sends you the bill”."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION_EN = {
    "title": "Corporate customer-care standards and customer loyalty",
    "summary": (
        "Satisfied customers do not automatically come back — loyal ones do. The course shows how "
        "binding service standards turn satisfaction into loyalty, why they apply to every "
        "department and how a company develops and introduces them together with its staff."
    ),
    "lessons": LESSONS_EN,
    "quiz": QUIZ_EN,
    "scenarios": [SCENARIO_KARAOKE_EN, SCENARIO_WORKSHOP_EN],
}
