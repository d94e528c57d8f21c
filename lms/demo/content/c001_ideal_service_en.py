"""Course 001 in English: the four properties of ideal service (a translation of the Russian)."""

LESSONS = [
    {
        "slug": "ideal-service",
        "title": "What ideal service looks like",
        "intro": (
            "Let’s look at service through the customer’s eyes: what they expect, and why the best "
            "service is often the kind they hardly notice."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>To understand what service a customer expects, just picture yourself as "
                    "the customer. The first thing that comes to mind is: “I want everything to be "
                    "perfect, with no hassle.” In other words, the customer wants to put in as "
                    "little effort as possible and get exactly what they need, without any hurdles "
                    "along the way.</p><p>The best case is when the service is delivered exactly "
                    "as requested and the customer never has to step in at all. In IT outsourcing "
                    "it looks like this: the updates are installed overnight, and in the morning "
                    "the accounts team simply gets on with its work.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Ordered – collected – it just works.",
                    "attribution": "Ideal service as the customer sees it",
                },
            ),
            (
                "rule",
                {
                    "title": "The customer never has to keep an eye on us",
                    "rule": (
                        "We see every job through to the result, so that the customer never has to "
                        "step in, chase us, check our work or ask for it to be redone."
                    ),
                    "why": (
                        "Every time a customer has to step in, it costs them time and gives them a "
                        "reason to doubt us. Service that needs no attention is the best service."
                    ),
                },
            ),
            ("heading", {"text": "How much effort does our customer put in?", "level": "h2"}),
            (
                "do_dont",
                {
                    "title": "Customer effort: take it away, don’t add to it",
                    "do": [
                        "Complete orders without the customer’s involvement wherever you can",
                        (
                            "Tell them the next step in advance: when it will arrive, who will "
                            "call, what to have ready"
                        ),
                        "Resolve the issue in a single contact",
                    ],
                    "dont": [
                        "Ask the customer to “call back later” without giving a time",
                        "Leave it to the customer to check our work",
                        "Send them from department to department for signatures and paperwork",
                    ],
                },
            ),
            ("heading", {"text": "The four properties of ideal service", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For the customer to run into no difficulties, service needs four "
                    "properties. Each has its own part of this "
                    "course:</p><ul><li><b>Reliability</b> – knowing our product: everything works "
                    "as promised.</li><li><b>Relevance</b> – knowing our customer: we remember "
                    "everything they have already told us.</li><li><b>Value</b> – the price "
                    "matches the level of service.</li><li><b>Trust</b> – the customer can rely on "
                    "us without double-checking.</li></ul>"
                ),
            ),
        ],
    },
    {
        "slug": "reliability",
        "title": "Reliability: knowing our product",
        "intro": (
            "The service must be exactly what was promised – on time, without breakdowns and "
            "without rework."
        ),
        "body": [
            ("heading", {"text": "What we promise, down to the last detail", "level": "h2"}),
            (
                "rule",
                {
                    "title": "Promised means delivered",
                    "rule": (
                        "The service matches its description down to the last detail: everything "
                        "stated in our advertising, in the contract and in conversation, the "
                        "customer receives in full and on time."
                    ),
                    "why": (
                        "Customers see any gap between the promise and the result as being misled, "
                        "however small it is."
                    ),
                },
            ),
            (
                "rule",
                {
                    "title": "Always within reach",
                    "rule": (
                        "During business hours the customer can reach us through any of the "
                        "channels we advertise and gets a reply within the agreed time."
                    ),
                    "why": (
                        "A supplier you can’t get hold of seems unreliable, even when the work is "
                        "going exactly to plan."
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Reliability means knowing your own product. When a service runs for a long "
                    "time without breakdowns or delays, through several channels and without "
                    "constant fixes, the customer stops doubting the supplier. They no longer keep "
                    "a plan B in the back of their mind or check every step we take.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "Before you give a date",
                    "situation": (
                        "The customer asks when something will be ready: an order, a repair, a "
                        "change or some paperwork."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Check the real workload: stock levels, the engineers’ schedule, "
                                "the task queue."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Allow for the usual delays rather than quoting the best-case "
                                "scenario."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Give a specific date or time window and explain what it depends "
                                "on."
                            ),
                            "phrase": (
                                "It will be ready by 6 pm on Thursday, provided the parts arrive "
                                "from the warehouse on Wednesday."
                            ),
                        },
                        {
                            "action": "Agree how the customer will find out that it is ready.",
                            "phrase": (
                                "I’ll send you a message on Thursday as soon as it’s ready. Does "
                                "that work for you?"
                            ),
                        },
                        {
                            "action": (
                                "If the date is at risk, tell the customer straight away rather "
                                "than waiting for the deadline, and offer an alternative."
                            ),
                            "phrase": (
                                "The delivery is running a day late. You could collect your order "
                                "on Friday morning, or we can bring it to you on Friday evening "
                                "free of charge."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Don’t promise the best case",
                    "text": (
                        "A date that only holds “if everything goes well” almost always slips. "
                        "Better to say one day more and deliver early than the other way round."
                    ),
                },
            ),
            (
                "phrases",
                {
                    "title": "Dates and promises",
                    "context": (
                        "The way you talk about dates is how the customer decides whether they can "
                        "rely on you."
                    ),
                    "pairs": [
                        {
                            "avoid": "We’ll do it as soon as we can.",
                            "use": "It will be done by 3 pm on Friday.",
                            "why": (
                                "Everyone reads a vague date differently; a specific one can be "
                                "checked."
                            ),
                        },
                        {
                            "avoid": "It should be working.",
                            "use": (
                                "I’ve checked it: everything is working. If anything goes wrong, "
                                "call me directly."
                            ),
                            "why": (
                                "“Should” sounds like doubt. A checked result and a direct line "
                                "give confidence."
                            ),
                        },
                        {
                            "avoid": "No idea when it’ll come in. Try asking tomorrow.",
                            "use": "I’ll check with the warehouse now and call you back by 2 pm.",
                            "why": (
                                "The customer shouldn’t have to chase information: we take that on "
                                "and give a time."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "relevance-goldfish-principle",
        "title": "Relevance: the goldfish principle",
        "intro": (
            "Customers shouldn’t have to repeat what they have already told us. Remembering their "
            "details and preferences is our job, not theirs."
        ),
        "body": [
            ("heading", {"text": "Why a “goldfish”?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>They say a goldfish has a memory of just a few seconds. Scientists "
                    "debunked that myth long ago, but the image has stuck: that is exactly how a "
                    "company looks when it takes a customer’s details and, a day later, asks for "
                    "the contract number, the address or what the problem was all over again. "
                    "Hence the name: the “goldfish principle”.</p><p>Relevance means knowing your "
                    "customer. Everything you may need for the job should be noted the first time, "
                    "so that you don’t have to ring the customer again to ask for their bank "
                    "details, account number or preferences. Many companies still haven’t learnt "
                    "this – which is a good chance to stand out.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "The contract number for the third time",
                    "story": (
                        "In one week, the finance manager of a client supported by an accounting "
                        "software company gave his contract number three times and described the "
                        "same error from scratch: to the helpdesk agent, to the engineer who "
                        "called him back, and to the account manager who rang to confirm the "
                        "timescale. The third time, he asked whether it would be easier to fix it "
                        "himself."
                    ),
                    "lesson": (
                        "Every repeated question tells the customer: “Nobody was listening.” A "
                        "single note on the customer record would have saved three conversations "
                        "and kept his trust."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "rule",
                {
                    "title": "We ask only once",
                    "rule": (
                        "Everything the customer tells us goes straight onto the customer record "
                        "or the ticket: company details, contract number, what the problem is, "
                        "preferences, the best time to call. We only ask again for what really "
                        "isn’t in the system, and we explain why we need it."
                    ),
                    "why": (
                        "A repeated question tells the customer nobody was listening. A detail we "
                        "remembered tells them they matter to us."
                    ),
                },
            ),
            (
                "procedure",
                {
                    "title": "A customer gets in touch again",
                    "situation": (
                        "A customer calls or writes about an issue they have contacted us about "
                        "before."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Find the customer by phone number, email or the chat history – "
                                "don’t start by asking them to read out their details."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Open the history of the case and read your colleagues’ latest "
                                "notes."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": "Show that you know what it’s about.",
                            "phrase": (
                                "I can see your ticket from Tuesday: the payment files won’t "
                                "generate. Our engineer has already connected to your system."
                            ),
                        },
                        {
                            "action": "Ask only about what has changed.",
                            "phrase": "What has changed since then?",
                        },
                        {
                            "action": (
                                "Add the new information to the same ticket so that the next "
                                "colleague can see it."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "No unnecessary questions",
                    "context": (
                        "A customer gets in touch again, and all their details are already in the "
                        "system."
                    ),
                    "pairs": [
                        {
                            "avoid": "Can you give me your contract number again?",
                            "use": (
                                "I’ve found your contract, number 214-B, from your phone number. "
                                "Is that right?"
                            ),
                            "why": (
                                "Confirming is quicker than reading it out again, and the customer "
                                "sees that we remember them."
                            ),
                        },
                        {
                            "avoid": "Please describe the problem from the beginning.",
                            "use": (
                                "My colleague noted that the error appears when you print an "
                                "invoice. What has changed since then?"
                            ),
                            "why": (
                                "The customer only tells us what is new and doesn’t waste time "
                                "repeating themselves."
                            ),
                        },
                        {
                            "avoid": "I can’t see that you’ve contacted us before.",
                            "use": (
                                "Let me find your ticket. Could you tell me roughly when you got "
                                "in touch?"
                            ),
                            "why": (
                                "If the record is missing, that’s our mistake: we ask for the bare "
                                "minimum to find it and don’t shift the blame onto the customer."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Note the preference – and act on it",
                    "text": (
                        "If the customer asked to be called only in the afternoon, or to have "
                        "documents sent to the accountant’s own email address, note it on the "
                        "customer record. When the next colleague takes that request into account "
                        "without being asked, the customer feels they are dealing with one team."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "value-and-trust",
        "title": "Value and trust",
        "intro": (
            "Customers judge whether the price matches the level of service, and decide whether "
            "they can trust us without double-checking. Both come down to small things."
        ),
        "body": [
            ("heading", {"text": "Value: the price matches the level", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Customers always weigh price against quality, but relative to the class of "
                    "service. Someone buying from a used-car lot is happy if they get the car at a "
                    "fair price – they expect nothing more. A customer at a premium car dealership "
                    "is entitled to a completely different level: from being offered a luxury "
                    "specification and extras to a cup of coffee while the paperwork is drawn "
                    "up.</p><p>Our job is to understand what level the customer is paying for and "
                    "to deliver all of it: not to cut corners on what is included in the price, "
                    "and not to push expensive “extras” on someone who came for a good deal.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Trust: the customer doesn’t need to double-check us", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>It used to be enough for trust to deliver everything as agreed and on "
                    "time. Today that is not enough. A customer truly trusts a company when they "
                    "know for certain that:</p><ul><li>they don’t have to recheck the invoices: "
                    "they are correct, and nobody is trying to profit at their "
                    "expense;</li><li>they don’t have to remember when the warranty runs out – we "
                    "will remind them in good time;</li><li>they can ask us about alternatives, "
                    "including competitors’, and get an honest answer;</li><li>they can rely on "
                    "our expertise – if they are about to buy more than they need, we will tell "
                    "them.</li></ul>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "How to earn trust",
                    "do": [
                        "Double-check invoices and delivery notes before they go to the customer",
                        "Remind customers in good time when a warranty, licence or contract ends",
                        "Compare our products honestly with alternatives, including competitors’",
                        "Say so when the customer chooses more than they need",
                    ],
                    "dont": [
                        "Send out an invoice unchecked, expecting the customer to spot mistakes",
                        "Keep quiet about the end of the warranty so you can sell a paid repair",
                        "Run down competitors or hide their advantages",
                        "Sell a top-of-the-range package the customer will never use",
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "We don’t sell what isn’t needed",
                    "rule": (
                        "If a customer is about to buy more than they need, we tell them and offer "
                        "an option that fits."
                    ),
                    "why": (
                        "Today we lose part of the sale, but we gain a customer who believes our "
                        "recommendations and comes back with new orders."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "Three licences instead of five",
                    "story": (
                        "A customer was about to buy five licences for an accounting package. The "
                        "account manager asked how many people would be using it at the same time "
                        "– it turned out to be three. She advised buying three licences and "
                        "explained how quickly more could be added if the team grew. The deal was "
                        "smaller, but six months later the customer handed the company the support "
                        "of its entire accounting system."
                    ),
                    "lesson": (
                        "Honest advice instead of an unnecessary sale is the best investment in "
                        "trust there is. A customer who wasn’t given the hard sell comes back with "
                        "new orders of their own accord."
                    ),
                    "outcome": "good",
                },
            ),
            ("heading", {"text": "What good practice looks like", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "The four properties in every contact",
                    "criteria": [
                        {
                            "code": "finds-client-history",
                            "text": (
                                "Finds the customer and their contact history without asking for "
                                "details we already have"
                            ),
                        },
                        {
                            "code": "asks-only-new-info",
                            "text": "Asks only for new information and explains why it is needed",
                        },
                        {
                            "code": "records-in-card",
                            "text": (
                                "Records everything the customer said on the customer record or in "
                                "the same ticket"
                            ),
                        },
                        {
                            "code": "names-exact-deadline",
                            "text": (
                                "Gives a specific time and says how the customer will hear about "
                                "the result"
                            ),
                        },
                        {
                            "code": "warns-about-delay",
                            "text": "Warns of a delay in advance and offers an alternative",
                        },
                        {
                            "code": "checks-before-handover",
                            "text": (
                                "Checks the result – the work, the invoice, the documents – before "
                                "handing it over"
                            ),
                        },
                        {
                            "code": "honest-advice",
                            "text": (
                                "Gives honest advice: warns against buying what isn’t needed and "
                                "doesn’t hide alternatives"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "ideal-service-quiz-en",
    "version_of": "ideal-service-quiz",
    "title": "Knowledge check: the four properties of ideal service",
    "description": (
        "Seven questions on reliability, relevance, value and trust, based on everyday work. You "
        "need at least 70% correct answers to pass."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": True,
    "success_text": (
        "Passed! You know how to make sure the customer never has to keep an eye on us. Start "
        "small: not a single repeated question about something that is already in the system."
    ),
    "fail_text": (
        "Not quite there yet. Go back to the lessons on the goldfish principle and on trust, then "
        "take the check again."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "A customer writes to the support chat and, at the agent’s request, gives her "
                "contract number for the third time. Which property of ideal service has been "
                "broken?"
            ),
            "explanation": (
                "This is relevance – the “goldfish principle”. The company already has the "
                "customer’s details; asking for them again shows that nobody was listening."
            ),
            "answers": [
                {"content": "Reliability", "correct": False},
                {"content": "Relevance", "correct": True},
                {"content": "Value", "correct": False},
                {"content": "Trust", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "The goldfish principle means not asking the customer for details again if they "
                "are already in the system."
            ),
            "correct": True,
            "explanation": (
                "True. We only ask again for what really is missing, and explain why we need it."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "What allows a customer to trust a company without double-checking it? Select all "
                "that apply."
            ),
            "explanation": (
                "Trust is built on error-free invoices, looking after the customer’s deadlines and "
                "honest advice. Keeping quiet about alternatives does the opposite: it undermines "
                "trust as soon as the customer finds out."
            ),
            "answers": [
                {"content": "Invoices are always issued without errors", "correct": True},
                {
                    "content": "The company reminds them in good time when the warranty ends",
                    "correct": True,
                },
                {
                    "content": (
                        "The account manager praises only our own products and says nothing about "
                        "alternatives"
                    ),
                    "correct": False,
                },
                {
                    "content": (
                        "The account manager warns them if they are buying more than they need"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "A customer asks when their repair will be ready. Which answer best shows "
                "reliability?"
            ),
            "explanation": (
                "A reliable answer gives a specific time, the condition it depends on and a "
                "promise to warn in advance. The customer can neither check vague wording nor plan "
                "around it."
            ),
            "answers": [
                {"content": "“As soon as possible.”", "correct": False},
                {"content": "“Usually three or four days, but it varies.”", "correct": False},
                {
                    "content": (
                        "“By 6 pm on Thursday. If the parts are held up, I’ll let you know on "
                        "Wednesday.”"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "A customer on a used-car lot and a customer at a premium car dealership should "
                "get exactly the same service, otherwise it isn’t fair."
            ),
            "correct": False,
            "explanation": (
                "False. Everyone deserves respect and honesty, but the level of service should "
                "match the price and class of what is sold. A customer at a premium dealership is "
                "also paying for attention, comfort and extra perks."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "An engineer sees that a customer is getting in touch about the same problem "
                "again. What is the right way to start the conversation?"
            ),
            "explanation": (
                "Show that you know the history and ask only about what is new. A new ticket "
                "breaks the history, and asking them to tell the whole story again is the classic "
                "“goldfish”."
            ),
            "answers": [
                {
                    "content": "Open a new ticket and ask the customer to fill it in again",
                    "correct": False,
                },
                {
                    "content": "Show that they know the history and ask what has changed",
                    "correct": True,
                },
                {
                    "content": (
                        "Ask the customer to describe the problem from the start so nothing is "
                        "missed"
                    ),
                    "correct": False,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "A customer wants to buy five software licences, but only three people will use "
                "the software at the same time. What do you do?"
            ),
            "explanation": (
                "Honest advice builds trust: the customer sees that you are on their side and "
                "comes back for more."
            ),
            "answers": [
                {"content": "Sell five: that’s what the customer decided", "correct": False},
                {"content": "Sell five and offer a discount on a sixth", "correct": False},
                {
                    "content": (
                        "Explain that three will do, and show how to add licences later if needed"
                    ),
                    "correct": True,
                },
            ],
        },
    ],
}

SCENARIO = {
    "slug": "goldfish-repeat-request",
    "title": "“It’s me again”: a repeat request in the support chat",
    "situation_type": "complex",
    "channel": "chat",
    "briefing": (
        "You work in support at a company that looks after accounting software for its clients. A "
        "client’s finance manager writes in the chat. He already phoned two days ago: the software "
        "throws an error when generating payment files. There is a ticket in the system and an "
        "engineer has connected remotely, but the problem isn’t fixed – and today is the VAT "
        "payment deadline. Show that the company remembers the client, and see the issue through "
        "to a result."
    ),
    "persona": {
        "name": "Mr Harris, finance manager",
        "mood": "tired and irritated: this is not the first time he has written about it",
    },
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "“Good afternoon. It’s me again. The payment files still won’t generate, and today "
                "is the VAT deadline. How much longer is this going to take?”"
            ),
            "choices": [
                {
                    "reply": ("Hello. We’re very busy at the moment; we’ll get to you in turn."),
                    "feedback": (
                        "A stock brush-off on the day of a tax deadline sounds like “we don’t "
                        "care”. The client got neither attention nor a time."
                    ),
                    "points": -3,
                    "criterion": "names-exact-deadline",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Hello! Could you give me your company number and contract number, and "
                        "describe the problem in detail, please?"
                    ),
                    "feedback": (
                        "The classic “goldfish”: the client has already given these details, and "
                        "the chat history shows who he is. His irritation grows."
                    ),
                    "points": -2,
                    "criterion": "finds-client-history",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Good afternoon, Mr Harris! I can see your ticket from Monday: an error "
                        "when generating payment files, and yesterday our engineer Sam connected "
                        "to your system. I’m sorry it still isn’t sorted. Is it the same error as "
                        "before?"
                    ),
                    "feedback": (
                        "You found the ticket yourself and showed that you know the client’s "
                        "issue. He doesn’t have to start all over again."
                    ),
                    "points": 3,
                    "criterion": "finds-client-history",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "“The same one. And today the bank feed has stopped importing too. I’ve already "
                "explained everything to your engineer.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Understood – I’m adding that to the same ticket so the engineer sees it "
                        "straight away. Has the bank feed not been importing since this morning?"
                    ),
                    "feedback": (
                        "You asked only about what is new and recorded it where your colleague "
                        "will see it."
                    ),
                    "points": 2,
                    "criterion": "records-in-card",
                    "next": "s3",
                },
                {
                    "reply": (
                        "OK, I’ll open a new ticket for the bank feed. Could you describe "
                        "everything in it again, please?"
                    ),
                    "feedback": (
                        "A second ticket breaks the history: the engineer will see two separate "
                        "problems, and the client will have to explain everything again."
                    ),
                    "points": -2,
                    "criterion": "records-in-card",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "“I gave you all that the day before yesterday! Doesn’t anyone write anything "
                "down? Should I just fix it myself?”"
            ),
            "choices": [
                {
                    "reply": (
                        "That’s the procedure: I can’t log a request without a contract number."
                    ),
                    "feedback": (
                        "The formality mattered more than the client. This is exactly how "
                        "companies lose clients who find it “easier to do it themselves”."
                    ),
                    "points": -3,
                    "criterion": "finds-client-history",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "You’re right, I’m sorry: we do have your details, and I’ve already opened "
                        "your ticket about the payment file error. You don’t need to repeat "
                        "anything. Just tell me: what has changed since yesterday?"
                    ),
                    "feedback": (
                        "A good recovery: you admitted the mistake and cut the questions down to "
                        "one. But the first impression has already been spoilt."
                    ),
                    "points": 1,
                    "criterion": "asks-only-new-info",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": "“I need to send the payments to the bank by 4 pm. Will you make it?”",
            "choices": [
                {
                    "reply": "We’ll do our best; the engineer will be in touch.",
                    "feedback": (
                        "With no time and no fallback, the client can’t plan his day and will be "
                        "on edge until the evening."
                    ),
                    "points": 0,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
                {
                    "reply": (
                        "I’m passing the ticket to the engineer marked “urgent – tax deadline”: "
                        "he’ll connect to your system before 1 pm. If the fix takes longer, I’ll "
                        "show you how to export the payments manually so you’re sure to make the 4 "
                        "pm cut-off. I’ll message you at 1:30 with an update."
                    ),
                    "feedback": (
                        "A specific time, a fallback and a promise of an update – the client can "
                        "plan his day with peace of mind."
                    ),
                    "points": 3,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
                {
                    "reply": "I can’t guarantee it: the engineers have a lot of tickets today.",
                    "feedback": (
                        "Honest, but no help. The client doesn’t need a forecast of your problems; "
                        "he needs a plan for meeting his deadline."
                    ),
                    "points": -2,
                    "criterion": "names-exact-deadline",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "At 12:40 the engineer connected and found the cause: after the update, the bank "
                "connection settings were reset. The fix needs about another hour – until roughly "
                "2 pm. It is now 1:30."
            ),
            "choices": [
                {
                    "reply": (
                        "Say nothing until the work is finished – why bother the client "
                        "unnecessarily?"
                    ),
                    "feedback": (
                        "You promised to message at 1:30. Silence after a promise looks like yet "
                        "another forgotten arrangement."
                    ),
                    "points": -2,
                    "criterion": "warns-about-delay",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Message the client: “Mr Harris, the engineer has found the cause: after "
                        "the update, the bank connection settings were reset. The fix will take "
                        "about an hour; the payment files will be generating again by 2 pm, so "
                        "you’ll make the 4 pm cut-off. I’ll message you as soon as he’s done.”"
                    ),
                    "feedback": (
                        "You kept your promise of an update and gave advance notice of the timing. "
                        "The client is reassured."
                    ),
                    "points": 2,
                    "criterion": "warns-about-delay",
                    "next": "s5",
                },
            ],
        },
        "s5": {
            "text": "At 1:55 the engineer reports that he has finished.",
            "choices": [
                {
                    "reply": (
                        "Ask the engineer to generate a test payment and import the bank feed, "
                        "then write: “All done: we’ve checked it with a test payment, and the bank "
                        "feed is importing too. We’ve noted the cause and the settings on your "
                        "record so that we check them first after future updates.”"
                    ),
                    "feedback": (
                        "You checked the result before handing it over and recorded the cause – "
                        "next time nobody will have to start from scratch."
                    ),
                    "points": 2,
                    "criterion": "checks-before-handover",
                    "next": "end_good",
                },
                {
                    "reply": (
                        "Close the ticket without a message: the client will see for himself that "
                        "it works."
                    ),
                    "feedback": (
                        "The problem is solved, but the client will find out by chance – and once "
                        "again feel that he has to chase you to get anywhere."
                    ),
                    "points": -2,
                    "criterion": "checks-before-handover",
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "The payments go out at 3:10 pm. Mr Harris writes: “Thanks for not making me "
                "explain everything round in circles this time.” A month later his company also "
                "hands you the support of its payroll module."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "The problem is solved and the payments went out on time. But the client only "
                "found out when he opened the software himself, and the feeling that “you can "
                "never get through to them” has stayed with him."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "The finance manager sends the payments manually, misses the deadline on one of "
                "them and writes to his managing director that support “remembers nothing and "
                "fixes nothing”. Changing supplier goes on the agenda for the next management "
                "meeting."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION = {
    "title": "Four properties of ideal service",
    "summary": (
        "To the customer, ideal service looks simple: ordered, received, it all works – with no "
        "extra effort. This course looks at the four properties that make it happen: reliability, "
        "relevance, value and trust – and shows how each of them appears in everyday work."
    ),
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO],
}
