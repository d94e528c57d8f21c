"""Course 002 in English: quality control through customer feedback (a translation)."""

LESSONS = [
    {
        "slug": "why-feedback",
        "title": "Feedback: our best source of information",
        "intro": (
            "Service quality isn’t controlled only by inspections from above – first and foremost "
            "it is controlled by talking to the customer. Whoever listens to customers is the "
            "first to hear about problems."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The main tool of quality control is keeping to our customer-service "
                    "standards. And the main source of information on how those standards work in "
                    "practice is feedback from the customers themselves.</p><p>When you are in "
                    "touch with your customers, problem areas show up quickly and you can react in "
                    "time. What is more, you can spot even small shifts in what customers expect – "
                    "shifts that will affect sales sooner or later.</p>"
                ),
            ),
            (
                "rule",
                {
                    "title": "All feedback is information",
                    "rule": (
                        "Every remark a customer makes – praise, a complaint, a question, an "
                        "impatient sigh in the queue – we treat as information about the quality "
                        "of our work, and we never ignore it."
                    ),
                    "why": (
                        "Many unhappy customers say nothing at all; they simply go to a "
                        "competitor. A customer who speaks up gives us a chance to put things "
                        "right and keep them."
                    ),
                },
            ),
            ("heading", {"text": "Ways for customers to reach us", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ideally, customers should have several ways to get in touch with the "
                    "company: face to face, by phone, by email, through chat or messaging apps, in "
                    "a short survey after a purchase, and at meetings and events for regular "
                    "customers. The more channels we have, the better we know our customers’ "
                    "problems – and the better the whole service system works.</p><p>Keep an eye "
                    "on the cost, though: aim for the best result at a sensible price. Simple "
                    "tasks – checking an order’s status, opening hours, booking an appointment – "
                    "can be left to an automated phone line or a chatbot. But the customer must "
                    "always be able to talk to a real person.</p>"
                ),
            ),
            (
                "do_dont",
                {
                    "title": "Feedback channels",
                    "do": [
                        "Give customers a choice: in person, by phone, by email or by message",
                        "Reply on every channel within the agreed time",
                        "Automate the simple things: order status, opening hours, bookings",
                        "Always leave a route through to a real person",
                    ],
                    "dont": [
                        "Take feedback on just one channel, as a box-ticking exercise",
                        "Leave emails and messages unanswered for days",
                        "Hide staff behind an endless phone menu",
                        (
                            "Ask the customer to fill in a long questionnaire straight after a bad "
                            "experience"
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Ask straight after the contact",
                    "text": (
                        "A quick question at the end of a conversation or a message after delivery "
                        "(“How would you rate us from 1 to 5?”) brings more honest answers than a "
                        "detailed questionnaire a month later."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "receiving-feedback",
        "title": "How to take feedback",
        "intro": (
            "Feedback is easily lost: the customer says something, the employee nods, and it’s "
            "forgotten. Here is how to take a comment so that it reaches the people who can change "
            "something."
        ),
        "body": [
            ("heading", {"text": "Step by step", "level": "h2"}),
            (
                "procedure",
                {
                    "title": "A customer makes a comment or a complaint",
                    "situation": (
                        "In person, on the phone, in a chat or in a survey reply, a customer tells "
                        "you that something wasn’t right."
                    ),
                    "steps": [
                        {
                            "action": "Thank the customer for telling you.",
                            "phrase": "Thank you for letting us know – it really matters to us.",
                        },
                        {
                            "action": (
                                "Get the details: what happened, when, where and who the customer "
                                "dealt with."
                            ),
                            "phrase": "Could you tell me when this was and who served you?",
                        },
                        {
                            "action": (
                                "Find out what the customer sees as the right outcome: an apology, "
                                "a fix, compensation or a proper answer."
                            ),
                            "phrase": "What would put this right for you?",
                        },
                        {
                            "action": (
                                "Do straight away whatever is in your power; pass the rest to the "
                                "person responsible and give the customer a time."
                            ),
                            "phrase": "You’ll hear back from the shift manager by noon tomorrow.",
                        },
                        {
                            "action": (
                                "Log the feedback in the case system the same day – as close to "
                                "the customer’s own words as you can, with a topic."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": "Tell the customer what has changed thanks to them.",
                            "phrase": (
                                "You mentioned the long wait at the tills – since Monday we’ve had "
                                "a second till open at peak times."
                            ),
                        },
                    ],
                },
            ),
            (
                "phrases",
                {
                    "title": "How to respond to criticism",
                    "context": (
                        "Your first reaction decides whether the customer tells you anything more "
                        "– or walks away without a word."
                    ),
                    "pairs": [
                        {
                            "avoid": "That can’t be right – everything always goes smoothly here.",
                            "use": (
                                "Thank you for telling me. Could you tell me a bit more? I’d like "
                                "to get to the bottom of it."
                            ),
                            "why": (
                                "Arguing with feedback shuts the channel: the customer won’t tell "
                                "you anything else."
                            ),
                        },
                        {
                            "avoid": "It wasn’t my shift, I don’t know anything about it.",
                            "use": (
                                "I wasn’t there, but I’ll write it all down now and pass it on to "
                                "the shift manager."
                            ),
                            "why": (
                                "The customer doesn’t care who was on duty: they are talking to "
                                "the company."
                            ),
                        },
                        {
                            "avoid": "You’ll need to make a complaint on our website.",
                            "use": (
                                "Let me log your complaint myself, so you don’t have to write it "
                                "all out again."
                            ),
                            "why": (
                                "Every extra step is a reason to give up and go to a competitor."
                            ),
                        },
                        {
                            "avoid": "Well, these things happen.",
                            "use": (
                                "That shouldn’t have happened. I’ll pass this on so it doesn’t "
                                "happen again."
                            ),
                            "why": (
                                "Acknowledging the problem shows that there is a standard and that "
                                "we stand by it."
                            ),
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "No feedback gets lost",
                    "rule": (
                        "Every piece of feedback is logged in the system the same day and gets an "
                        "owner and a deadline for replying to the customer."
                    ),
                    "why": (
                        "Feedback that lives only in one employee’s memory disappears when the "
                        "shift ends – but the problem stays."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Don’t hide the unpleasant",
                    "text": (
                        "It is tempting not to pass complaints on, so as not to spoil the team’s "
                        "figures. But a hidden problem doesn’t go away: the next customer will run "
                        "into it, and management will hear about it from an online review."
                    ),
                },
            ),
            ("heading", {"text": "From feedback to improvement", "level": "h2"}),
            (
                "case",
                {
                    "title": "A second till in the evenings",
                    "story": (
                        "After every purchase, a shop sent its customers a short survey by text "
                        "message. Over a month, almost all the low scores came on weekday "
                        "evenings, and the comments kept saying the same thing: “Queued for ages "
                        "at the till.” The store manager opened a second till from 6 to 8 pm and "
                        "compared the scores a month later."
                    ),
                    "lesson": (
                        "The average score for the evening hours went up noticeably, and "
                        "complaints about the queue all but disappeared. A single comment is easy "
                        "to put down to a customer’s mood, but feedback taken together shows "
                        "exactly where change is needed."
                    ),
                    "outcome": "good",
                },
            ),
        ],
    },
    {
        "slug": "from-feedback-to-improvement",
        "title": "Turning feedback into improvements",
        "intro": (
            "Feedback is worth nothing until someone has gone through it and drawn conclusions. It "
            "is just as important to listen to the other side of service – our own staff."
        ),
        "body": [
            ("heading", {"text": "Reviewing feedback regularly", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A single comment is a signal; a hundred comments a month are a map of your "
                    "problems. Go through them regularly and look for recurring themes. It is "
                    "especially valuable to catch system failures early: a problem fixed at the "
                    "very start has no time to pile up complaints, returns and a bad "
                    "reputation.</p>"
                ),
            ),
            (
                "procedure",
                {
                    "title": "The weekly feedback review",
                    "situation": (
                        "Once a week, the head of the team goes through the past few days’ "
                        "feedback together with the team."
                    ),
                    "steps": [
                        {
                            "action": "Gather feedback from every channel into one spreadsheet.",
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Sort it by topic: timing, courtesy, product quality, paperwork, "
                                "delivery."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Pick the two or three topics that come up most often or cost the "
                                "company most."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": (
                                "Find the cause: an individual’s mistake, an awkward process or a "
                                "lack of resources."
                            ),
                            "phrase": "",
                        },
                        {
                            "action": "Agree actions, owners and deadlines, and write them down.",
                            "phrase": "",
                        },
                        {
                            "action": (
                                "A month later, check the new feedback to see whether things have "
                                "improved."
                            ),
                            "phrase": "",
                        },
                    ],
                },
            ),
            (
                "rule",
                {
                    "title": "Staff are the other side of service",
                    "rule": (
                        "A service system is built in two directions – with customers and with "
                        "staff: we ask for our employees’ views as regularly as our customers’, "
                        "and teams coordinate their work with one another."
                    ),
                    "why": (
                        "Employees are not so different from our customers, and they see the same "
                        "frustrations from the inside. Smooth teamwork inside the company is the "
                        "foundation of good service and of fair assessment of staff."
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": "Your most unhappy customers are your greatest source of learning.",
                    "attribution": "Bill Gates, Business @ the Speed of Thought",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Talking to customers is also a chance to share news",
                    "text": (
                        "Keeping in regular touch with customers helps not only to fix mistakes "
                        "but also to tell them about offers and new products at the right time. "
                        "The key is to solve the customer’s issue first and only then offer "
                        "something."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "is-the-system-working",
        "title": "Is our service system working?",
        "intro": (
            "Once the standards are in place, it’s worth taking stock. Seven signs will help you "
            "see whether the system really works."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The new customer-service standards are in place – time to check whether "
                    "they are delivering. Use the seven signs below as a model: the more of them "
                    "your team already meets, the more reliably the system works.</p>"
                ),
            ),
            ("heading", {"text": "Seven signs of a working system", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol><li><b>Everything we do aims to grow the customer base.</b> A satisfied "
                    "customer becomes a regular and buys more and more over time.</li><li><b>Every "
                    "stage of working with customers keeps improving.</b> Both customers’ wishes "
                    "and the company’s costs are taken into account.</li><li><b>Feedback "
                    "flows.</b> Surveys, meetings and reviews bring in information regularly, and "
                    "the company’s strategy is built on customers’ needs.</li><li><b>The product "
                    "meets customers’ needs.</b> Its features and design satisfy most requests, "
                    "and faults are fixed at an early stage.</li><li><b>The service system runs "
                    "steadily.</b> Every customer, at every stage, feels that they matter to the "
                    "company.</li><li><b>Work goes in two directions.</b> The company builds "
                    "relationships with both customers and staff.</li><li><b>Customers can reach "
                    "the company in different ways:</b> in person, by phone, by email, by "
                    "chat.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "A team self-check",
                    "text": (
                        "Rate each sign on a scale of 1 to 5, first yourselves and then ask "
                        "colleagues from the team next door to do the same. The sign with the "
                        "lowest score is a candidate for next month’s first task."
                    ),
                },
            ),
            ("heading", {"text": "What good practice looks like", "level": "h2"}),
            (
                "checklist",
                {
                    "title": "Taking customer feedback",
                    "criteria": [
                        {
                            "code": "thanks-for-feedback",
                            "text": "Thanks the customer for their feedback, critical or not",
                        },
                        {
                            "code": "clarifies-details",
                            "text": "Gets the details: what happened, when, where and with whom",
                        },
                        {
                            "code": "asks-expected-outcome",
                            "text": "Finds out what the customer sees as the right outcome",
                        },
                        {
                            "code": "no-arguing",
                            "text": "Doesn’t argue with the customer’s rating or make excuses",
                        },
                        {
                            "code": "acts-or-hands-over",
                            "text": (
                                "Solves the issue on the spot, or passes it to the person "
                                "responsible and gives the customer a time"
                            ),
                        },
                        {
                            "code": "logs-feedback",
                            "text": "Logs the feedback in the system the same day",
                        },
                        {
                            "code": "reports-back",
                            "text": (
                                "Tells the customer what has been done or changed because of their "
                                "feedback"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

QUIZ = {
    "slug": "feedback-quiz-en",
    "version_of": "feedback-quiz",
    "title": "Knowledge check: quality control through customer feedback",
    "description": (
        "Seven questions on how to collect, take and use customer feedback. You need at least 70% "
        "correct answers to pass."
    ),
    "pass_mark": 70,
    "random_order": True,
    "answers_at_end": False,
    "single_attempt": True,
    "success_text": (
        "Passed! You know how to turn feedback into improvements. Remember: a customer who "
        "complains has given you a chance to keep them."
    ),
    "fail_text": (
        "A few answers aren’t right yet. Read the lesson “How to take feedback” again – especially "
        "the steps and the sample phrases – and try again."
    ),
    "questions": [
        {
            "kind": "mc",
            "content": (
                "What is the main source of information on how customer-service standards work in "
                "practice?"
            ),
            "explanation": (
                "Standards set the rules, but it is customer feedback that shows how they work in "
                "real life: it helps you find problem areas quickly."
            ),
            "answers": [
                {"content": "Reports from heads of department", "correct": False},
                {"content": "Feedback from customers", "correct": True},
                {"content": "An annual mystery-shopper check", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "If a complaint was resolved on the spot, there is no need to log it – it would "
                "only spoil the team’s figures."
            ),
            "correct": False,
            "explanation": (
                "False. Even a resolved complaint tells you about a problem that may happen to "
                "other customers. Hidden complaints stop you from finding the cause."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "Which signs show that the service system is working? Select all that apply."
            ),
            "explanation": (
                "The seven signs include several ways to get in touch, a growing number of regular "
                "customers, and working in two directions: with customers and with staff. No "
                "feedback at all usually means customers have nowhere or no reason to speak up – "
                "not that they have no complaints."
            ),
            "answers": [
                {"content": "Satisfied customers become regulars", "correct": True},
                {
                    "content": "The company works not only with customers but with its own staff",
                    "correct": True,
                },
                {
                    "content": "There is no feedback at all – so there are no complaints",
                    "correct": False,
                },
                {
                    "content": "Customers have several ways of getting in touch with the company",
                    "correct": True,
                },
            ],
        },
        {
            "kind": "mc",
            "content": (
                "A customer says: “You promised delivery before lunch and it came in the evening.” "
                "What should your first reply be?"
            ),
            "explanation": (
                "First thank them and get the details. Excuses close the conversation, and "
                "compensation offered before you have understood the customer may not be what they "
                "want."
            ),
            "answers": [
                {
                    "content": "“The traffic in town was bad; it isn’t the drivers’ fault.”",
                    "correct": False,
                },
                {"content": "“Please leave a complaint on our website.”", "correct": False},
                {
                    "content": (
                        "“Thank you for telling me. Could you tell me a bit more about what "
                        "happened?”"
                    ),
                    "correct": True,
                },
                {"content": "“We’ll give you 5% off.”", "correct": False},
            ],
        },
        {
            "kind": "tf",
            "content": (
                "An automated phone line for routine calls can be part of a good service system, "
                "as long as the customer can still reach a real person."
            ),
            "correct": True,
            "explanation": (
                "True. Automating simple tasks saves time and money, but it must not cut the "
                "customer off from the person who can solve their problem."
            ),
        },
        {
            "kind": "mc",
            "content": (
                "A week’s customer feedback has been gathered into one spreadsheet. What next?"
            ),
            "explanation": (
                "The value of feedback lies in the conclusions: topics, causes, actions, owners, "
                "and checking the result a month later."
            ),
            "answers": [
                {
                    "content": "Send every customer the same thank-you email",
                    "correct": False,
                },
                {
                    "content": "Forward the spreadsheet to management and consider the job done",
                    "correct": False,
                },
                {
                    "content": (
                        "Sort it by topic, find the recurring causes, and agree actions and owners"
                    ),
                    "correct": True,
                },
            ],
        },
        {
            "kind": "essay",
            "content": (
                "A customer gave a low score in a survey without any comment. Describe how you "
                "would handle the call to her: what you would say at the start, what questions you "
                "would ask and how you would finish."
            ),
            "explanation": (
                "A good answer: introduce yourself and thank her for taking part in the survey, "
                "ask whether it is a good time to talk; find out exactly what she didn’t like and "
                "what she expects; don’t argue; name specific actions and a time; log the feedback "
                "and promise to let her know the outcome."
            ),
        },
    ],
}

SCENARIO = {
    "slug": "follow-up-call-low-rating",
    "title": "Follow-up call: two stars for delivery",
    "situation_type": "typical",
    "channel": "phone",
    "briefing": (
        "You work in the customer care team of Oakwood Home, an online furniture shop. Yesterday a "
        "customer had a wardrobe delivered and assembled, and in the text-message survey she rated "
        "the delivery 2 out of 5, without leaving a comment. Call her, find out why, and make sure "
        "her feedback does some good – for her and for the company."
    ),
    "persona": {
        "name": "Mrs Turner",
        "mood": "polite but guarded; expects nothing good from the call",
    },
    "pass_score": 9,
    "start": "s1",
    "steps": {
        "s1": {
            "text": "The customer picks up: “Hello?”",
            "choices": [
                {
                    "reply": (
                        "Hello! We’ve got 20% off mattresses at the moment. And I also had a "
                        "question about your delivery rating…"
                    ),
                    "feedback": (
                        "Advertising before the problem is solved shows you care about the sale, "
                        "not about her opinion."
                    ),
                    "points": -2,
                    "criterion": "thanks-for-feedback",
                    "next": "s2b",
                },
                {
                    "reply": (
                        "Good afternoon, Mrs Turner! My name is Daniel, and I’m calling from the "
                        "customer care team at Oakwood Home. Yesterday you rated our delivery – "
                        "thank you for answering the survey. Do you have a couple of minutes to "
                        "talk? I’d like to understand what went wrong."
                    ),
                    "feedback": (
                        "You introduced yourself, thanked her for the feedback and asked whether "
                        "it was a good time. The customer is open to talking."
                    ),
                    "points": 3,
                    "criterion": "thanks-for-feedback",
                    "next": "s2",
                },
                {
                    "reply": ("Hello, it’s Oakwood Home. You gave us two stars – why so low?"),
                    "feedback": (
                        "The question sounds like an accusation. Introduce yourself first, thank "
                        "her for replying and ask whether it’s a good time to talk."
                    ),
                    "points": 0,
                    "criterion": "thanks-for-feedback",
                    "next": "s2",
                },
            ],
        },
        "s2": {
            "text": (
                "“The wardrobe itself is fine. But you said delivery between 10 and 2, and it "
                "turned up at six in the evening. I’d taken half a day off work. And nobody rang "
                "to warn me.”"
            ),
            "choices": [
                {
                    "reply": (
                        "I understand – that’s really frustrating: you lost a working day because "
                        "of us. Can I ask, did the driver not call at all, not even just before "
                        "arriving? And was the assembly all right?"
                    ),
                    "feedback": (
                        "You acknowledged what the customer lost and asked for the details that "
                        "will help find the cause."
                    ),
                    "points": 2,
                    "criterion": "clarifies-details",
                    "next": "s3",
                },
                {
                    "reply": (
                        "Well, the traffic in town is bad, the drivers can’t always make it – "
                        "that’s out of our hands."
                    ),
                    "feedback": (
                        "The excuse dismisses the day she lost. Why the van was late is our "
                        "internal problem, not hers."
                    ),
                    "points": -2,
                    "criterion": "no-arguing",
                    "next": "s2b",
                },
            ],
        },
        "s2b": {
            "text": (
                "“You know, that’s not why I answered the phone. If you don’t care, I won’t be "
                "ordering from you again.”"
            ),
            "choices": [
                {
                    "reply": "All right, as you wish. Goodbye.",
                    "feedback": (
                        "You let the customer go without finding out what happened. The feedback "
                        "is lost – and so is the customer."
                    ),
                    "points": -2,
                    "criterion": "acts-or-hands-over",
                    "next": "end_bad",
                },
                {
                    "reply": (
                        "I’m sorry, I started that badly. I do care: you lost time because of our "
                        "delivery. Could you tell me what happened? I’ll write it all down and "
                        "pass it to our head of logistics."
                    ),
                    "feedback": (
                        "You admitted the mistake and brought the conversation back to the point. "
                        "The customer is willing to talk, but her trust is still fragile."
                    ),
                    "points": 0,
                    "criterion": "no-arguing",
                    "next": "s3",
                },
            ],
        },
        "s3": {
            "text": (
                "“The driver only called when he was already outside the door. The fitters did a "
                "tidy job, I’ve no complaints about them. It just annoys me that nobody seems to "
                "value my time.”"
            ),
            "choices": [
                {
                    "reply": (
                        "Thank you, that’s a really important detail. What would put this right "
                        "for you now?"
                    ),
                    "feedback": (
                        "You asked what the customer expects instead of guessing. That way the "
                        "solution is sure to hit the mark."
                    ),
                    "points": 2,
                    "criterion": "asks-expected-outcome",
                    "next": "s4",
                },
                {
                    "reply": "I see. I can offer you 5% off your next purchase.",
                    "feedback": (
                        "Compensation is a decent gesture, but you didn’t ask what she expects. "
                        "Something else may matter more to her."
                    ),
                    "points": 0,
                    "criterion": "asks-expected-outcome",
                    "next": "s4",
                },
            ],
        },
        "s4": {
            "text": (
                "“I don’t need anything now, the wardrobe’s in. I’d just like it not to happen to "
                "anyone else. And for people to warn you if they’re running late.”"
            ),
            "choices": [
                {
                    "reply": "OK, I’ll pass it on. Thanks for your time.",
                    "feedback": (
                        "Too vague: the customer doesn’t know who you’ll pass her feedback to or "
                        "whether she’ll ever hear what came of it."
                    ),
                    "points": 0,
                    "criterion": "logs-feedback",
                    "next": "end_neutral",
                },
                {
                    "reply": (
                        "Absolutely. I’m logging your feedback and passing it to our head of "
                        "logistics today: arriving late without a call breaks our standard. As an "
                        "apology, I’ll send you a code for free delivery on your next order. And "
                        "in two weeks I’ll call you to tell you what we’ve changed."
                    ),
                    "feedback": (
                        "You logged the feedback, passed it to the person responsible, offered a "
                        "gesture of apology and promised to come back with the result."
                    ),
                    "points": 3,
                    "criterion": "acts-or-hands-over",
                    "next": "s5",
                },
            ],
        },
        "s5": {
            "text": (
                "A week later the delivery team brought in a rule: if a van is running more than "
                "30 minutes late, the dispatcher calls the customer in advance with a new time. It "
                "is two weeks since your call."
            ),
            "choices": [
                {
                    "reply": (
                        "Call her: “Mrs Turner, it’s Daniel from Oakwood Home. I promised to let "
                        "you know: after your feedback we brought in a rule – if a delivery is "
                        "running more than half an hour late, the dispatcher calls the customer in "
                        "advance with a new time. Thank you for helping us see it.”"
                    ),
                    "feedback": (
                        "You kept your word and showed the customer that her feedback changed the "
                        "way the company works. That is how loyalty is born."
                    ),
                    "points": 2,
                    "criterion": "reports-back",
                    "next": "end_good",
                },
                {
                    "reply": "Don’t call: the change is already in place.",
                    "feedback": (
                        "The change has been made, but the customer will never know – and her "
                        "impression of the company will stay the same."
                    ),
                    "points": -2,
                    "criterion": "reports-back",
                    "next": "end_neutral",
                },
            ],
        },
        "end_good": {
            "ending": True,
            "text": (
                "Mrs Turner is surprised: “That’s the first time anyone has called back to tell me "
                "what changed.” A month later she orders a kitchen table from you and recommends "
                "the shop to a colleague."
            ),
            "result": "good",
        },
        "end_neutral": {
            "ending": True,
            "text": (
                "The customer says a polite goodbye. The problem may get fixed, but she won’t know "
                "– and next time she will most likely compare prices with your competitors first."
            ),
            "result": "neutral",
        },
        "end_bad": {
            "ending": True,
            "text": (
                "The customer posts a review on a review site: “Four hours late, and when they "
                "called me back they made excuses.” The head of logistics only finds out about the "
                "problem from that review."
            ),
            "result": "bad",
        },
    },
}

TRANSLATION = {
    "title": "Quality control through customer feedback",
    "summary": (
        "Service standards only work if we regularly find out how customers experience them. This "
        "course teaches you to collect feedback through different channels, take criticism the "
        "right way, turn feedback into improvements, and use seven signs to check whether our "
        "service system is working."
    ),
    "lessons": LESSONS,
    "quiz": QUIZ,
    "scenarios": [SCENARIO],
}
