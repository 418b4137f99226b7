#!/usr/bin/env python3
"""Writes tests/vectors/applications.json: test applications shared by the Rust and JS tests.

A valid base application, then variants: valid ones (some with warnings) and one or more per
error code. Every expected error and warning below is written by hand from the rules in
README.md ("The application form"), not computed by the code under test; synthetic previous
IINs are formed by make_iin_vectors.py, the independent Python implementation.
Run: python3 tests/vectors/make_applications.py > tests/vectors/applications.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from make_iin_vectors import synthetic  # noqa: E402

TODAY = "2026-11-21"

BASE = {
    "institution": "deu",
    "addresseePosition": "Посол",
    "addresseeName": "Иванов И. И.",
    "purpose": "открытия банковского счёта",
    "givenNameLatin": "Anna",
    "givenNameCyrillic": "Анна",
    "surnameLatin": "Müller",
    "surnameCyrillic": "Мюллер",
    "birthDate": "1990-05-17",
    "sex": "female",
    "citizenship": "DEU",
    "nationality": "немка",
    "arrivalCountry": "DEU",
    "documentType": "passport",
    "documentNumber": "C01X00T47",
    "documentIssueDate": "2020-01-10",
    "documentExpiryDate": "2030-01-09",
    "documentIssuingCountry": "DEU",
    "birthCountry": "DEU",
    "birthRegion": "Bayern",
    "birthAddress": "München",
    "consentPersonalData": True,
    "consentProtectedSecrets": True,
}

# The applicant's own (synthetic) previous IIN: born 1990-05-17, female (digit 7 = 4).
OWN_IIN = synthetic("90051740001")
OTHER_DATE_IIN = synthetic("90051840001")  # 1990-05-18
MALE_IIN = synthetic("90051730001")        # 1990-05-17, male


def variant(name, note, changes=None, drop=(), errors=(), warnings=(), value=None, data=None, schema=True):
    """`errors`/`warnings`: (field, code) pairs, exactly and in the form's order.
    `value`: fields expected in the normalised value. `schema`: whether the JSON Schema alone can
    tell (false for rules that need today's date or several fields at once)."""
    if data is None:
        data = {k: v for k, v in BASE.items() if k not in drop}
        data.update(changes or {})
    case = {"name": name, "note": note, "data": data,
            "errors": [{"field": f, "code": c} for f, c in errors],
            "warnings": [{"field": f, "code": c} for f, c in warnings],
            "schemaDecides": schema}
    if value:
        case["value"] = value
    return case


CASES = [
    variant("base", "a complete, valid application", value={"documentNumber": "C01X00T47", "surnameLatin": "Müller"}),
    variant("minimal", "only the required fields and the given names",
            drop=("addresseePosition", "addresseeName", "nationality", "birthRegion", "birthAddress")),
    variant("normalised", "spaces, case and typographic marks are normalised",
            {"surnameLatin": "  o’neil-  smith ", "surnameCyrillic": "О’Нил‐Смит", "documentNumber": "c01x 00t-47",
             "citizenship": "deu", "sex": "FEMALE", "purpose": "открытия\u00a0\u00a0банковского   счёта"},
            value={"surnameLatin": "o'neil- smith", "surnameCyrillic": "О'Нил-Смит", "documentNumber": "C01X00T47",
                   "citizenship": "DEU", "sex": "female", "purpose": "открытия банковского счёта"}),
    variant("kazakh-letters", "every Kazakh letter in a Cyrillic name; a stateless person (XXA)",
            {"givenNameLatin": "Aigerim", "givenNameCyrillic": "Әйгерім", "surnameLatin": "Nurgalieva",
             "surnameCyrillic": "Ғұмарқызы Өңһүқ", "citizenship": "XXA", "documentType": "stateless_travel_document"}),
    variant("refugee", "a refugee (XXB) with a refugee's travel document", {"citizenship": "XXB", "documentType": "refugee_travel_document"}),
    variant("previous-iin", "a previous IIN that agrees with the birth date and sex", {"previousIin": OWN_IIN},
            value={"previousIin": OWN_IIN}),
    variant("previous-iin-spaced", "a previous IIN typed with spaces is compacted",
            {"previousIin": " ".join([OWN_IIN[:6], OWN_IIN[6:]])}, value={"previousIin": OWN_IIN}),
    variant("edge-dates", "born today, document issued today, expiring today: all allowed",
            {"birthDate": TODAY, "documentIssueDate": TODAY, "documentExpiryDate": "2026-11-22"}),
    variant("expires-today", "a document valid until today is still valid", {"documentExpiryDate": TODAY}),
    variant("patronymic", "a patronymic in both scripts", {"patronymicLatin": "Petrovna", "patronymicCyrillic": "Петровна"}),
    # warnings only
    variant("one-name", "a surname and no given name (some passports show one name): a warning",
            drop=("givenNameLatin", "givenNameCyrillic"), warnings=[("givenNameLatin", "given_name_missing")]),
    variant("iin-other-date", "a previous IIN encoding another birth date: a warning, not an error",
            {"previousIin": OTHER_DATE_IIN}, warnings=[("previousIin", "birth_date_mismatch")], schema=True),
    variant("iin-other-sex", "a previous IIN encoding the other sex: a warning", {"previousIin": MALE_IIN},
            warnings=[("previousIin", "sex_mismatch")]),
    variant("icao-russian", "a Russian citizen whose Latin names are the ICAO 9303 forms of the Cyrillic ones: no warning",
            {"citizenship": "RUS", "surnameLatin": "Shchukina", "surnameCyrillic": "Щукина", "givenNameLatin": "Iuliia",
             "givenNameCyrillic": "Юлия", "patronymicLatin": "Sergeevna", "patronymicCyrillic": "Сергеевна"}),
    variant("icao-mismatch", "a Russian citizen whose Latin surname is not the ICAO form (Schukina for Щукина): a warning",
            {"citizenship": "RUS", "surnameLatin": "Schukina", "surnameCyrillic": "Щукина", "givenNameLatin": "Yulia",
             "givenNameCyrillic": "Юлия"},
            warnings=[("givenNameLatin", "transliteration_mismatch"), ("surnameLatin", "transliteration_mismatch")]),
    variant("icao-not-for-latin-passports", "a German Müller/Мюллер: German passports print no Cyrillic, so no ICAO check",
            {"surnameLatin": "Mueller"}),
    variant("unknown-key", "an unknown key is reported and dropped", {"favouriteColour": "blue"},
            warnings=[("favouriteColour", "unknown_field")], schema=False),
    # errors
    variant("not-an-object-null", "null is not an application", data=None and {}, errors=[(None, "not_an_object")]),
    variant("missing-surname", "the surname is required in Latin", drop=("surnameLatin",), errors=[("surnameLatin", "required")]),
    variant("empty-institution", "white space alone is empty", {"institution": "   "}, errors=[("institution", "required")]),
    variant("unpaired-given-name", "a given name in Latin needs its Cyrillic form",
            drop=("givenNameCyrillic",), errors=[("givenNameCyrillic", "required")], schema=False),
    variant("unpaired-patronymic", "a patronymic in Cyrillic needs its Latin form",
            {"patronymicCyrillic": "Петровна"}, errors=[("patronymicLatin", "required")], schema=False),
    variant("wrong-type-text", "a number where text belongs", {"sex": 1}, errors=[("sex", "invalid_type")]),
    variant("wrong-type-consent", "a string where a boolean belongs", {"consentPersonalData": "true"},
            errors=[("consentPersonalData", "invalid_type")]),
    variant("too-long-name", "a 101-letter surname", {"surnameLatin": "A" * 101}, errors=[("surnameLatin", "too_long")]),
    variant("too-long-purpose", "a 501-character purpose", {"purpose": "x" * 501}, errors=[("purpose", "too_long")]),
    variant("digit-in-name", "a digit in a Latin name", {"surnameLatin": "Muller2"}, errors=[("surnameLatin", "invalid_character")]),
    variant("control-in-text", "a control character in free text", {"purpose": "bank\u0007"}, errors=[("purpose", "invalid_character")]),
    variant("markup-in-name", "markup in a name", {"surnameLatin": "<b>Müller</b>"}, errors=[("surnameLatin", "invalid_character")]),
    variant("latin-in-cyrillic", "a Latin e inside a Cyrillic surname (the commonest hidden typo)",
            {"surnameCyrillic": "Мюллeр"}, errors=[("surnameCyrillic", "wrong_script")]),
    variant("cyrillic-in-latin", "a Cyrillic е inside a Latin surname", {"surnameLatin": "Müllеr"},
            errors=[("surnameLatin", "wrong_script")]),
    variant("cyrillic-in-document-number", "a Cyrillic С in a document number", {"documentNumber": "С01X00T47"},
            errors=[("documentNumber", "wrong_script")]),
    variant("impossible-date", "30 February", {"birthDate": "1990-02-30"}, errors=[("birthDate", "invalid_date")]),
    variant("dotted-date", "a date not in YYYY-MM-DD", {"birthDate": "17.05.1990"}, errors=[("birthDate", "invalid_date")]),
    variant("born-tomorrow", "a birth date after the day of application", {"birthDate": "2026-11-22"},
            errors=[("birthDate", "date_in_future")], schema=False),
    variant("too-old", "born more than 125 years before the day of application", {"birthDate": "1900-01-01"},
            errors=[("birthDate", "date_too_old")], schema=False),
    variant("issued-in-future", "a document issued after the day of application", {"documentIssueDate": "2026-12-01"},
            errors=[("documentIssueDate", "date_in_future")], schema=False),
    variant("issued-before-birth", "a document issued before its holder was born", {"documentIssueDate": "1989-01-01"},
            errors=[("documentIssueDate", "issued_before_birth")], schema=False),
    variant("expires-on-issue", "expiry on the day of issue", {"documentExpiryDate": "2020-01-10"},
            errors=[("documentExpiryDate", "expiry_before_issue")], schema=False),
    variant("expired", "a document that expired yesterday", {"documentExpiryDate": "2026-11-20"},
            errors=[("documentExpiryDate", "document_expired")], schema=False),
    variant("unknown-institution", "an institution that is not on the list", {"institution": "atlantis"},
            errors=[("institution", "unknown_value")]),
    variant("unknown-country", "a country code that does not exist", {"birthCountry": "XYZ"}, errors=[("birthCountry", "unknown_value")]),
    variant("unknown-sex", "sex is male or female", {"sex": "other"}, errors=[("sex", "unknown_value")]),
    variant("unknown-document-type", "a visa is not an identity document", {"documentType": "visa"},
            errors=[("documentType", "unknown_value")]),
    variant("kazakh-citizen", "the service is for foreigners", {"citizenship": "KAZ"}, errors=[("citizenship", "citizenship_kaz")]),
    variant("no-consent", "both consents are needed", {"consentProtectedSecrets": False},
            errors=[("consentProtectedSecrets", "consent_required")]),
    variant("missing-consent", "an absent consent is not given", drop=("consentPersonalData",),
            errors=[("consentPersonalData", "consent_required")]),
    variant("iin-checksum", "a previous IIN with a wrong check digit",
            {"previousIin": OWN_IIN[:11] + str((int(OWN_IIN[11]) + 1) % 10)}, errors=[("previousIin", "checksum")], schema=False),
    variant("iin-length", "a previous IIN of 11 digits", {"previousIin": OWN_IIN[:11]}, errors=[("previousIin", "length")]),
    variant("iin-unissuable", "a previous IIN whose first 11 digits admit no check digit", {"previousIin": "000813159890"},
            errors=[("previousIin", "unissuable")], schema=False),
    variant("iin-letter", "a letter in the previous IIN", {"previousIin": "9O0517400012"}, errors=[("previousIin", "invalid_character")]),
    variant("many-errors", "errors come in the form's order, one per field",
            {"surnameCyrillic": "Smith", "birthDate": "1990-13-01", "institution": "x", "sex": 0},
            drop=("consentPersonalData",),
            errors=[("institution", "unknown_value"), ("surnameCyrillic", "wrong_script"), ("birthDate", "invalid_date"),
                    ("sex", "invalid_type"), ("consentPersonalData", "consent_required")]),
]
# Data that is not an object at all.
CASES[CASES.index(next(c for c in CASES if c["name"] == "not-an-object-null"))]["data"] = None
CASES += [
    variant("not-an-object-string", "a string is not an application", data="application", errors=[(None, "not_an_object")]),
    variant("not-an-object-array", "an array is not an application", data=[BASE], errors=[(None, "not_an_object")]),
]
for c in CASES:
    if c["name"].startswith("not-an-object"):
        c["schemaDecides"] = True

print(json.dumps({
    "description": "Test applications shared by tests/form.rs and tests/js/form.test.js; see tests/vectors/README.md.",
    "today": TODAY,
    "cases": CASES,
}, ensure_ascii=False, indent=1))
