"""Course 003, English version: service standards and the organisation of service.

Written for English-speaking staff, not translated word for word: same lessons and block kinds,
the quiz as a language version of the Russian one, the role-plays with the Russian slugs, step
keys, criteria and points (so they are Wagtail translations of them).
"""

LESSONS_EN = [
    {
        "slug": "service-is-organisation",
        "title": "Service is a matter of organisation",
        "intro": (
            "Why “please” and “thank you” are not yet service, and what happens to customers "
            "when the way we serve them has not been organised."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Good service is more than polite words like “please” and “thank you”. If "
                    "you want customers to come back again and again, the company needs a service "
                    "system that lets people do the job right first time, and a plan that kicks "
                    "in straight away when something does go wrong.</p><p>Staff carry out what "
                    "the process asks of them. Where the process has not been thought through, "
                    "even a conscientious person will serve customers badly, and a less "
                    "conscientious one will serve them the way you are about to read.</p>"
                ),
            ),
            (
                "case",
                {
                    "title": "Waiting for a pizza",
                    "story": (
                        "A customer orders a pizza. Behind the counter stands a young man, "
                        "unshaven and scowling: “It’ll be about ten minutes.” She says that’s "
                        "fine. He works with pointed slowness, and the queue behind her grows to "
                        "seven people. A quarter of an hour later one of the customers has had "
                        "enough: “Come on, you can’t work this slowly! There are lots of us and "
                        "we’ve been standing here for more than fifteen minutes!” He turns "
                        "round, as if he had been waiting for exactly this, and says, spelling "
                        "out every word: “I’m not keeping anyone here. I don’t get paid by the "
                        "pizza.” The queue grumbles. The storyteller realises she has lost her "
                        "appetite and quietly leaves."
                    ),
                    "lesson": (
                        "The customers were caught in the middle of a dispute between an "
                        "employee and his managers: his pay, his workload and his grievances are "
                        "none of their business, yet they were the ones who paid for them. The "
                        "company lost not one sale but the whole queue, and everything those "
                        "people will tell their friends. An organised process (a time standard, "
                        "a second person at peak hours, a rule to tell the queue how long it "
                        "will be) would have stopped this from happening at all."
                    ),
                    "outcome": "bad",
                },
            ),
            ("heading", {"text": "What the pizzeria was missing", "level": "h2"}),
            (
                "do_dont",
                {
                    "title": "What the process has to provide for",
                    "do": [
                        (
                            "A time standard for a typical order, and a rule: if it cannot be "
                            "met, a second person steps in"
                        ),
                        "A rule to tell waiting customers how much longer it will be",
                        (
                            "A pay system that does not set the employee’s interests against the "
                            "customer’s"
                        ),
                        "Oversight: the manager can see the queue and the waiting time",
                    ],
                    "dont": [
                        "Leave one person to handle the whole rush at peak times",
                        "Rely only on staff goodwill and how they feel that day",
                        "Settle scores with management at the customer’s expense",
                        "Find out about problems only from online reviews",
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Right first time",
                    "rule": (
                        "Processes are set up so that routine work is done right first time, and "
                        "there is a plan ready for when things fail: who steps in, what we tell "
                        "the customer, what compensation we may offer."
                    ),
                    "why": (
                        "Customers forgive a failure when the company responds at once and with "
                        "confidence. They do not forgive confusion and indifference."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Your grievances are not the customer’s problem",
                    "text": (
                        "Complaints about pay, rotas or management are for a conversation with "
                        "your manager, not for the shop floor. The customer cannot fix any of "
                        "it; all they can do is leave."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "what-is-a-standard",
        "title": "What service standards are",
        "intro": (
            "A standard is an internal document that makes sure a customer is served equally "
            "well on every shift and by every member of staff."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Where service processes are not set up and nobody keeps an eye on them, "
                    "customers often end up caught in the crossfire between management and staff. "
                    "That hurts both the company’s reputation and its profits. To stop it "
                    "happening, the way staff work is standardised.</p><p><b>Customer service "
                    "standards</b> are the company’s internal documents. They set out general "
                    "rules of service, what to do in typical situations, how to respond in "
                    "unusual ones, and the criteria for getting it right. The rules are the same "
                    "for everyone, so the level of service is equally high for every "
                    "customer.</p>"
                ),
            ),
            ("heading", {"text": "What a standard is made of", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>General rules</b>: how we treat customers and "
                    "why.</li><li><b>Procedures for typical situations</b>: greeting a customer, "
                    "taking a call, taking an order, handing over goods.</li><li><b>Ways to act "
                    "in unusual situations</b>: a complaint, a failure, a conflict, an unusual "
                    "request.</li><li><b>Model phrases</b>: which words help and which are best "
                    "avoided.</li><li><b>Criteria for getting it right</b>: staff use them to "
                    "check themselves, and managers use them to assess the work.</li></ul><p>The "
                    "lessons of this course are built the same way: rules, procedures, model "
                    "phrases and criteria.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "An irritated customer calls the support line",
                    "situation": (
                        "The customer calls after trying and failing to solve the problem on "
                        "their own, and is sharp from the very first words."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Greet the customer: give the company name and your own, and ask "
                                "how you can help."
                            ),
                            "phrase": "Customer support, Emma speaking. How can I help?",
                        },
                        {
                            "action": (
                                "Do not rise to the sharp tone: keep the same polite, caring voice."
                            ),
                            "phrase": "I can see how annoying this is. Let’s sort it out together.",
                        },
                        {
                            "action": (
                                "Ask what the customer has already done, so you do not suggest "
                                "something they have tried."
                            ),
                            "phrase": "Could you tell me what you’ve tried so far?",
                        },
                        {
                            "action": "Offer several solutions and let the customer choose.",
                            "phrase": (
                                "There are two ways we can fix this: I can set everything up "
                                "remotely right now, or an engineer can come out to you. Which "
                                "would suit you better?"
                            ),
                        },
                        {
                            "action": (
                                "If an engineer needs to visit, agree a time that suits the "
                                "customer."
                            ),
                            "phrase": (
                                "The engineer will come at a time that suits you. When would be "
                                "good for you?"
                            ),
                        },
                        {
                            "action": "Sum up: what will be done, when, and by whom.",
                            "phrase": (
                                "So, the engineer will be with you today between 7:30 and 9 pm "
                                "and will ring half an hour before."
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "Model phrases for opening a call",
                    "context": (
                        "The first words set the tone for the whole conversation, especially when "
                        "the customer is already irritated."
                    ),
                    "pairs": [
                        {
                            "avoid": "Yeah?",
                            "use": "Customer support, Emma speaking. How can I help?",
                            "why": (
                                "The customer knows at once where they have got through to and "
                                "who they are talking to. A bare “yeah?” sounds as if you are "
                                "doing them a favour."
                            ),
                        },
                        {
                            "avoid": "Please don’t shout at me.",
                            "use": "I understand this is frustrating. Let’s sort it out together.",
                            "why": (
                                "Commenting on someone’s tone escalates the conflict; empathy "
                                "helps the customer calm down."
                            ),
                        },
                        {
                            "avoid": "Have you tried turning it off and on again?",
                            "use": "Could you tell me what you’ve already done?",
                            "why": (
                                "The customer does not feel treated like a beginner, and you do "
                                "not waste time on steps they have already been through."
                            ),
                        },
                        {
                            "avoid": "The engineer will come on Wednesday between 9 and 6.",
                            "use": (
                                "When would it suit you to have the engineer round? We can do "
                                "this evening, tomorrow evening or Saturday."
                            ),
                            "why": (
                                "The customer’s time is as valuable as ours. Offering a choice "
                                "shows respect."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "A standard does not replace being human",
                    "text": (
                        "A standard sets the frame and the minimum level nobody may drop below. "
                        "Within that frame, staff remain real people: they can make a fitting "
                        "joke, adapt to the person in front of them and show they care."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "system-approach",
        "title": "The systems approach",
        "intro": (
            "Service is the work of every department and every process in the company, not only "
            "of the people who talk to customers."
        ),
        "body": [
            (
                "quote",
                {
                    "quote": (
                        "There is only one boss: the customer. And he can fire everybody in the "
                        "company, from the chairman on down, simply by spending his money "
                        "somewhere else."
                    ),
                    "attribution": "Sam Walton, founder of Walmart",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Practitioners reckon that a systems approach accounts for about 80% of "
                    "success in customer service. Service is created by every department and "
                    "process of the company working together, not just by the people behind the "
                    "counter or on the phone. Standards have to be woven into every process in "
                    "the organisation.</p>"
                ),
            ),
            ("heading", {"text": "What a service system is made of", "level": "h2"}),
            (
                "procedure",
                {
                    "title": "How a company builds its service system",
                    "situation": (
                        "Senior management has decided to make service the company’s competitive "
                        "edge."
                    ),
                    "steps": [
                        {
                            "action": (
                                "Write a service policy: what we promise our customers, and why."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Develop service standards for every department that deals with "
                                "customers."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Write work instructions for specific processes: taking orders, "
                                "delivery, installation, invoicing."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": "Train the staff, newcomers and old hands alike.",
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Set up monitoring: observation, mystery shopping, customer "
                                "feedback."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "The standard is built into the work",
                    "rule": (
                        "Every requirement of the standard is built into the way work is done "
                        "(the call script in the CRM, the shift checklist, the warehouse "
                        "instructions, the engineers’ schedule) rather than sitting in a "
                        "separate document in a folder."
                    ),
                    "why": (
                        "What is built into everyday work happens by itself, even with a "
                        "newcomer. What sits in a folder is forgotten within a week."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "A new starter is the best test",
                    "text": (
                        "A well-organised process lets even a new starter keep up the expected "
                        "level of service. If someone in their first week serves customers "
                        "almost as well as an experienced colleague, the process is sound. If "
                        "they are “learning on the customers”, the process has gaps."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "making-standards-work",
        "title": "When a standard starts to work",
        "intro": (
            "A standard works only when every employee knows it, accepts it and sees it being "
            "followed at every level of the company."
        ),
        "body": [
            (
                "rule",
                {
                    "title": "Know it, accept it, see it lived",
                    "rule": (
                        "A standard starts to work under three conditions: every employee knows "
                        "it, has accepted it as their own, and sees that it really is followed "
                        "at every level, from the managing director to the newest recruit."
                    ),
                    "why": (
                        "An employee who sees their manager break the standard loses faith in it "
                        "faster than any training can win it back."
                    ),
                },
            ),
            (
                "case",
                {
                    "title": "“Read this and do it like that”",
                    "story": (
                        "A manager hands his staff an article about service and says: “Read "
                        "this, study it and work like that from now on.” A month goes by and "
                        "nothing changes. The manager is furious: “My people just don’t want to "
                        "work!”"
                    ),
                    "lesson": (
                        "Staff do what the process sets them up to do, and the quality of service "
                        "depends on how that process is organised. An article is no substitute "
                        "for a standard, training, resources and monitoring. Until those are in "
                        "place, requirements remain wishful thinking."
                    ),
                    "outcome": "bad",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Requirements without resources work as badly as requirements without "
                    "training. You can demand shorter delivery times as often as you like, but if "
                    "the company does not have enough vans, nothing will come of it. Before you "
                    "introduce a rule, check that people have everything they need to follow "
                    "it.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Limits in the mind",
                    "text": (
                        "Many employees set themselves a ceiling: “That won’t work here”, "
                        "“Customers are never happy anyway”. Mindset counts for a lot: someone "
                        "who believes in what they can do and expects the best of customers "
                        "finds solutions where others see a dead end."
                    ),
                },
            ),
            ("heading", {"text": "Criteria for getting it right", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Service to standard",
                    "criteria": [
                        {
                            "code": "greets-and-introduces",
                            "text": (
                                "Greets the customer; on the phone, gives the company name and "
                                "their own"
                            ),
                        },
                        {
                            "code": "keeps-calm-when-provoked",
                            "text": (
                                "Keeps a polite, even tone, even when the customer is rude or "
                                "irritated"
                            ),
                        },
                        {
                            "code": "informs-about-wait",
                            "text": (
                                "Tells customers how long they will have to wait, and warns them "
                                "if that changes"
                            ),
                        },
                        {
                            "code": "asks-what-was-tried",
                            "text": (
                                "Finds out what the customer has already done before suggesting "
                                "a solution"
                            ),
                        },
                        {
                            "code": "offers-several-options",
                            "text": "Offers several solutions to choose from",
                        },
                        {
                            "code": "convenient-time",
                            "text": "Arranges a visit or call at a time that suits the customer",
                        },
                        {
                            "code": "calls-for-help-at-peak",
                            "text": (
                                "When there is a queue or overload, calls for help instead of "
                                "slowing down"
                            ),
                        },
                        {
                            "code": "no-personal-grievances",
                            "text": (
                                "Does not take personal grievances or the company’s internal "
                                "problems out on the customer"
                            ),
                        },
                        {
                            "code": "confirms-agreement",
                            "text": "Sums up: what will be done, when, and by whom",
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ_EN = {
    "slug": "service-standards-quiz-en",
    "version_of": "service-standards-quiz",
    "title": "Knowledge check: service standards and the organisation of service",
    "description": (
        "Eight questions on standards, the systems approach and situations from the lessons, "
        "from the pizzeria queue to the support call. To pass, you need at least 70% correct "
        "answers."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "success_text": (
        "Passed! You understand that service rests on organisation, not on luck. If you spot a "
        "gap in a process, tell your manager: that is how standards get better."
    ),
    "fail_text": (
        "You are still a few correct answers short. Go back over the lessons “What service "
        "standards are” and “When a standard starts to work”, then try again."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": "What are customer service standards?",
            "explanation": (
                "A standard is not a list of polite words but an internal document: rules, "
                "procedures for typical situations, ways to respond in unusual ones, and criteria "
                "for getting it right."
            ),
            "answers": [
                {"content": "A list of polite phrases for sales staff", "correct": False},
                {
                    "content": "Advertising promises the company makes to customers",
                    "correct": False,
                },
                {
                    "content": (
                        "Internal documents setting out general rules, what to do in typical "
                        "situations, how to respond in unusual ones, and the criteria for getting "
                        "it right"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "tf",
            "content": (
                "The pizzeria employee has a point: since he is not paid by the pizza, how fast he "
                "works is not his concern."
            ),
            "correct": False,
            "explanation": (
                "False. Pay is something to take up with management, not to make customers pay "
                "for. The story also shows the company’s mistake, though: the process neither "
                "motivated the employee nor gave him any help at peak time."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "A customer calls support and opens with: “Just do something about it, will you!” "
                "What is the right first move?"
            ),
            "explanation": (
                "Keep a polite tone and find out what the customer has already tried. Commenting "
                "on their tone fuels the conflict, and advising a restart without asking usually "
                "repeats what the customer has already done."
            ),
            "answers": [
                {"content": "Ask the customer not to raise their voice", "correct": False},
                {"content": "Suggest restarting the router straight away", "correct": False},
                {"content": "Transfer the call to a senior colleague", "correct": False},
                {
                    "content": "Keep a polite tone and ask what the customer has already tried",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "In a systems approach, what is part of the service system? Select all that apply."
            ),
            "explanation": (
                "A service system includes a policy, standards, work instructions, staff training "
                "and monitoring. An article handed out to staff is not a system: without an "
                "organised process nothing will change."
            ),
            "answers": [
                {"content": "The company’s service policy", "correct": True},
                {"content": "Staff training", "correct": True},
                {
                    "content": "An article on service that the manager handed out to staff",
                    "correct": False,
                },
                {"content": "A monitoring system", "correct": True},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "A standard starts to work when staff know it, accept it and see it being followed "
                "at every level of the company."
            ),
            "correct": True,
            "explanation": (
                "True. If any one of the three conditions is missing, the standard stays on paper."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Management demands shorter delivery times, but the company does not have enough "
                "vans. What should you expect?"
            ),
            "explanation": (
                "Without resources the requirement cannot be met. Penalties will only undermine "
                "staff trust in the standards."
            ),
            "answers": [
                {
                    "content": "No result until the transport problem has been solved",
                    "correct": True,
                },
                {"content": "Staff will start working faster", "correct": False},
                {"content": "Introducing penalties for late deliveries will do", "correct": False},
            ],
        },
        {
            "kind": "mc",
            "content": (
                "There are seven people in the queue, you are alone on shift, and the ten minutes "
                "you promised are already up. What do you do?"
            ),
            "explanation": (
                "Own up to the delay, give the real waiting time and call for help. Silence and "
                "working “at your own pace” turn waiting into a conflict."
            ),
            "answers": [
                {
                    "content": "Carry on at your own pace: it can’t go any faster anyway",
                    "correct": False,
                },
                {
                    "content": (
                        "Apologise, give the real waiting time and call a colleague to help"
                    ),
                    "correct": True,
                },
                {"content": "Say that you are not keeping anyone here", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "A well-organised process lets even a new starter maintain the level of service "
                "the company expects."
            ),
            "correct": True,
            "explanation": (
                "True. When requirements are built into processes, instructions and checklists, a "
                "new starter does not have to “learn on the customers”."
            ),
        },
    ],
}

SCENARIO_PIZZA_EN = {
    "slug": "pizza-queue",
    "title": "The pizzeria queue: Friday night",
    "situation_type": "conflict",
    "channel": "in_person",
    "briefing": (
        "You work behind the counter of a pizzeria. It is Friday night, you are alone on shift, "
        "and the queue is growing. It is the same situation as in the story from the first "
        "lesson, only this time you make the decisions."
    ),
    "persona": {
        "name": "A customer in the queue",
        "mood": "irritated: has been waiting for more than fifteen minutes",
    },
    "pass_score": 8,
    "start": "s1",
    "steps": {
        "s1": {
            "text": (
                "A customer comes up to the counter and orders a Margherita. There are several "
                "more people behind her, and you are on your own in the kitchen."
            ),
            "choices": [
                {
                    "reply": (
                        "Good evening! We’re very busy right now, so the Margherita will be about "
                        "twenty minutes. Would you like to wait, or shall we deliver it to your "
                        "home?"
                    ),
                    "feedback": (
                        "You said hello, gave an honest time and offered a choice. The customer "
                        "decides for herself, and the wait will not come as a nasty surprise."
                    ),
                    "points": 2,
                    "criterion": "informs-about-wait",
                    "next": "s2",
                },
                {
                    "reply": "Without looking up: “Wait there. Ten minutes.”",
                    "feedback": (
                        "No greeting and no honest time: you already know ten minutes will not "
                        "be enough. A promise that will not be kept is a conflict in the making."
                    ),
                    "points": -1,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "Fifteen minutes have passed. There are seven people in the queue. One of the "
                "customers snaps: “Come on, you can’t work this slowly! There are lots of us and "
                "we’ve been standing here for more than fifteen minutes!”"
            ),
            "choices": [
                {
                    "reply": "I’m not keeping anyone here! I don’t get paid by the pizza.",
                    "feedback": (
                        "That is the line from the story that cost the pizzeria its whole queue. "
                        "Your grievances with management are not the customers’ concern."
                    ),
                    "points": -4,
                    "criterion": "no-personal-grievances",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "I’m on my own tonight, what do you expect me to do? Complain to the "
                        "management."
                    ),
                    "feedback": (
                        "You have passed an internal problem on to the customers. They do not "
                        "want to complain; they want their pizza and a clear time."
                    ),
                    "points": -2,
                    "criterion": "no-personal-grievances",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "You’re right, I’m sorry for the wait. I’ll get a colleague out of the "
                        "kitchen now and things will move faster. Your order will be ready in "
                        "five minutes."
                    ),
                    "feedback": (
                        "You acknowledged the problem, called for help and gave a new time. The "
                        "queue can see that someone is in control."
                    ),
                    "points": 3,
                    "criterion": "calls-for-help-at-peak",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "The queue grumbles and two people leave without a word. The customer who "
                "ordered the Margherita says: “You know what, I think I’ll go too.”"
            ),
            "choices": [
                {
                    "reply": "Suit yourself.",
                    "feedback": (
                        "You have let the customer go for good, and with her everyone she will "
                        "tell about this evening."
                    ),
                    "points": -2,
                    "criterion": "no-personal-grievances",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "Please, just a moment. I’m sorry, that was out of line and I shouldn’t "
                        "have said it. Your pizza is already in the oven and will be ready in "
                        "three minutes, and your drink is on the house."
                    ),
                    "feedback": (
                        "You apologised and put right what could still be put right. Some of the "
                        "trust is back, but the customers who left are gone."
                    ),
                    "points": 1,
                    "criterion": "no-personal-grievances",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": (
                "The customer, calmer now: “All right, I’ll wait. Is it always like this on a "
                "Friday?”"
            ),
            "choices": [
                {
                    "reply": (
                        "Friday evening is our busiest time. You can order ahead by phone or in "
                        "the app, and your pizza will be ready when you arrive. Shall I give you "
                        "the number?"
                    ),
                    "feedback": (
                        "You offered a way to skip the queue next time. The customer leaves with "
                        "a solution rather than a grudge."
                    ),
                    "points": 2,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
                {
                    "reply": "Yes, always. Nothing we can do about it.",
                    "feedback": (
                        "Honest but hopeless: you have just told the customer she would be better "
                        "off going somewhere else next time."
                    ),
                    "points": -1,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "The pizza is ready, your colleague is helping at the till, and the queue is "
                "slowly clearing. After your shift you have a minute to talk to the manager."
            ),
            "choices": [
                {
                    "reply": "Say nothing: the shift is over, and that’s that.",
                    "feedback": (
                        "You coped today, but the process has not changed: next Friday it will "
                        "all happen again."
                    ),
                    "points": -1,
                    "criterion": "calls-for-help-at-peak",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Tell the manager: “On Fridays from six to nine, one person can’t cope. "
                        "The queue got up to seven people and two walked out. I suggest we put a "
                        "second person on at that time.”"
                    ),
                    "feedback": (
                        "You took what went wrong to the place where the process can be changed. "
                        "That is how one difficult evening becomes an improvement."
                    ),
                    "points": 2,
                    "criterion": "calls-for-help-at-peak",
                    "next": "end_good",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "The manager puts a second person on for Friday evenings. A month later the "
                "Friday queue is never more than three people, and the Margherita customer has "
                "become a regular who orders ahead in the app."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "You kept the customers today, but next Friday it will all happen again: the "
                "process has not changed, and whoever is on shift will once more have to cope "
                "alone."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Part of the queue walked out, and that evening a post appears in the local "
                "community group: “At this pizzeria they’ll tell you to your face they don’t need "
                "you.” The pizzeria loses not one sale but dozens to come."
            ),
            "result": "bad",
        },
    },
}

SCENARIO_WIFI_EN = {
    "slug": "wifi-support-call",
    "title": "A support call: “I can’t get your wi-fi to work!”",
    "situation_type": "complex",
    "channel": "phone",
    "briefing": (
        "You work on the support line of NetPlus, an internet provider. A customer is calling "
        "who spent two evenings trying to set up his wi-fi himself and finally gave up. He is "
        "irritated and sharp from the first words. Your task is to stay calm, get to the bottom "
        "of it and solve the problem in the way that suits the customer."
    ),
    "persona": {
        "name": "Mr Harris",
        "mood": "irritated and curt: has spent two evenings on the setup",
    },
    "pass_score": 11,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "An incoming call on the support line.",
            "choices": [
                {
                    "reply": "Support, yeah?",
                    "feedback": (
                        "Impersonal. Give the company name and your own: that is the first step "
                        "towards trust."
                    ),
                    "points": 0,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
                {
                    "reply": "NetPlus customer support, Emma speaking. How can I help?",
                    "feedback": (
                        "The customer knows at once where he has got through to and who he is "
                        "talking to."
                    ),
                    "points": 2,
                    "criterion": "greets-and-introduces",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "“How can you help? I’ve spent two evenings trying to get your wi-fi working! Just "
                "do something about it, will you!”"
            ),
            "choices": [
                {
                    "reply": "Restart your router and your computer.",
                    "feedback": (
                        "Advice without asking: the customer has most likely done that several "
                        "times already. What he hears is that nobody is listening."
                    ),
                    "points": -1,
                    "criterion": "asks-what-was-tried",
                    "next": "s2b",
                },
                {
                    "reply": ("Please don’t raise your voice, or I’ll have to end the call."),
                    "feedback": (
                        "Commenting on his tone only adds fuel to the fire. He is not angry with "
                        "you; he is angry with the situation."
                    ),
                    "points": -2,
                    "criterion": "keeps-calm-when-provoked",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "I understand, two evenings is really frustrating. Let’s sort it out "
                        "together. Could you tell me what you’ve done so far: is the router "
                        "connected to the cable, and are the lights on?"
                    ),
                    "feedback": (
                        "You did not rise to his tone, showed you care and started by asking what "
                        "he has already done."
                    ),
                    "points": 3,
                    "criterion": "asks-what-was-tried",
                    "next": "s3",
                },
            ],
        },
        "s2b": {
            "text": (
                "“Are you having a laugh? I’ve done all that ten times already! I want someone who "
                "knows what they’re doing!”"
            ),
            "choices": [
                {
                    "reply": (
                        "Sorry, I jumped ahead there. Let’s take it step by step: tell me what "
                        "you’ve already done, and I won’t suggest anything you’ve tried."
                    ),
                    "feedback": (
                        "You admitted the mistake and went back to the right step. The "
                        "conversation is constructive again."
                    ),
                    "points": 1,
                    "criterion": "asks-what-was-tried",
                    "next": "s3",
                },
                {
                    "reply": (
                        "All our engineers are busy. I can only log a ticket, and someone will "
                        "call you back."
                    ),
                    "feedback": (
                        "A customer who has struggled with the problem for two evenings is left "
                        "on his own again. He will most likely switch to another provider."
                    ),
                    "points": -3,
                    "criterion": "offers-several-options",
                    "next": "end_bad",
                },
            ],
        },
        "s3": {
            "text": (
                "“The router’s plugged in and the lights are on. The laptop can see the network "
                "but won’t connect: it says the password is wrong. And I’m typing in the password "
                "from the sticker!”"
            ),
            "choices": [
                {
                    "reply": (
                        "Then you must be typing the password wrong. It’s case-sensitive, you know."
                    ),
                    "feedback": (
                        "You may be right, but what the customer hears is a reproach. Better to "
                        "offer a solution that does not depend on his mistake."
                    ),
                    "points": -1,
                    "criterion": "keeps-calm-when-provoked",
                    "next": "s4",
                },
                {
                    "reply": (
                        "Thank you, that really helps. I can see two options. One: I reset the "
                        "network password remotely right now and read you the new one, which "
                        "takes about five minutes. Two: an engineer comes out and sets everything "
                        "up for you at home, free of charge. Which would suit you better?"
                    ),
                    "feedback": (
                        "You offered two real solutions and left the choice to the customer."
                    ),
                    "points": 3,
                    "criterion": "offers-several-options",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "“You know what, just send an engineer to do it. I don’t want to mess about with "
                "it any more. Only I’m at work until seven.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Of course. The engineer will come at a time that suits you: today "
                        "between 7:30 and 9 pm, tomorrow between 7 and 9 pm, or any time on "
                        "Saturday between 9 am and 6 pm. Which works for you?"
                    ),
                    "feedback": (
                        "You fitted in with the customer’s schedule. “At a time that suits you” is "
                        "exactly the phrase customers repeat to their friends afterwards."
                    ),
                    "points": 3,
                    "criterion": "convenient-time",
                    "next": "s5",
                },
                {
                    "reply": (
                        "Our engineers work weekdays until 6 pm. You’ll have to take time off "
                        "work or wait until Saturday."
                    ),
                    "feedback": (
                        "The customer is asked to fit in with the company. For him, that is yet "
                        "more lost time."
                    ),
                    "points": -2,
                    "criterion": "convenient-time",
                    "next": "s5",
                },
            ],
        },
        "s5": {
            "text": "“Let’s do today, half past seven.”",
            "choices": [
                {
                    "reply": (
                        "I’ve booked that: today between 7:30 and 9 pm, Flat 45, 12 Station Road. "
                        "The engineer will ring you half an hour before he arrives. If your plans "
                        "change, just give us a call and we’ll move it. Is there anything else I "
                        "can help with?"
                    ),
                    "feedback": (
                        "You summed up and arranged for the engineer to call ahead. The customer "
                        "has nothing left to worry about."
                    ),
                    "points": 2,
                    "criterion": "confirms-agreement",
                    "next": "end_good",
                },
                {
                    "reply": "Right, expect the engineer then.",
                    "feedback": (
                        "Nothing has been confirmed: the customer does not know the exact time "
                        "slot or whether the engineer will call, and is still a little uneasy."
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
                "That evening the engineer sets up the network in fifteen minutes. Mr Harris tells "
                "his colleagues and neighbours that NetPlus has the best support in town: “I was "
                "rude to them, and they still sorted it all out, and at a time that suited me.”"
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "The engineer came and the internet works. But Mr Harris is left feeling that his "
                "problem was dealt with as an afterthought, and he is in no hurry to recommend the "
                "provider to anyone."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "Mr Harris cancels his contract and signs up with a competitor. In his review he "
                "writes that their support “only knows how to tell you to restart the router”."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION_EN = {
    "title": "Service standards and the organisation of service",
    "summary": (
        "Good service does not rest on the polite words of individual employees but on an "
        "organised process in which the work is done right first time. The course explains what "
        "service standards are, what they are made of, and why they only work when they are "
        "known, accepted and followed at every level of the company."
    ),
    "lessons": LESSONS_EN,
    "quiz": QUIZ_EN,
    "scenarios": [SCENARIO_PIZZA_EN, SCENARIO_WIFI_EN],
}
