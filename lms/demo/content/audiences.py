"""Audiences: departments and job roles a standard is for."""

AUDIENCES = [
    {
        "code": "all-staff",
        "name": {"ru": "Все сотрудники", "de": "Alle Mitarbeitenden", "en": "All staff"},
    },
    {
        "code": "front-line",
        "name": {
            "ru": "Торговый зал и фронт-офис",
            "de": "Verkaufsfläche und Empfang",
            "en": "Sales floor and front desk",
        },
    },
    {
        "code": "contact-centre",
        "name": {
            "ru": "Контакт-центр и поддержка",
            "de": "Kundenservice-Center und Support",
            "en": "Call centre and support",
        },
    },
    {
        "code": "b2b-sales",
        "name": {"ru": "Менеджеры B2B-продаж", "de": "B2B-Vertrieb", "en": "B2B sales managers"},
    },
    {
        "code": "office",
        "name": {
            "ru": "Бухгалтерия и офис",
            "de": "Buchhaltung und Sekretariat",
            "en": "Accounts and office",
        },
    },
    {
        "code": "warehouse-delivery",
        "name": {
            "ru": "Склад и доставка",
            "de": "Lager und Lieferung",
            "en": "Warehouse and delivery",
        },
    },
    {
        "code": "field-service",
        "name": {
            "ru": "Монтаж и сервисные техники",
            "de": "Montage und Servicetechnik",
            "en": "Installation and service technicians",
        },
    },
]
