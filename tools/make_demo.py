#!/usr/bin/env python3
"""Build the BoardDesk demo archive for the fictional Northvale Safeguarding
Children Partnership, and check it against the archive-v1 rules.

    python3 tools/make_demo.py                  # writes resources/demo/northvale.json
    python3 tools/make_demo.py --check          # re-reads the file and checks it
    python3 tools/make_demo.py --check --seeds ../shared/seeds
                                                # ...and checks that no sentence of
                                                # 60+ characters from the seed texts
                                                # was copied into the archive

Python 3 standard library only. Deterministic: a fixed random seed, no
timestamps, no set iteration, so the same script always writes the same bytes.

Every person, place, organisation and sentence in the output is invented.
Some figures (2023-24 partner contributions, CDOP case counts, training
attendance and cancellations) follow the shape of a real 2018-19 annual report.
"""

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
from pathlib import Path

SEED = 20240401
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "demo" / "northvale.json"

# The demo's "today": meetings after it are planned, nothing is reviewed or
# trained after it.
NOW = dt.date(2025, 3, 7)
YEARS = ["2023-24", "2024-25"]
FY_START = {"2023-24": dt.date(2023, 4, 1), "2024-25": dt.date(2024, 4, 1)}
FY_END = {"2023-24": dt.date(2024, 3, 31), "2024-25": dt.date(2025, 3, 31)}
EXAMPLE = "https://example.org/northvale"

DEFAULT_HEADINGS = {
    "did": "What did we do?",
    "difference": "What difference did that make for children?",
}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def D(s):
    return dt.date.fromisoformat(s)


def british(d):
    return f"{d.day} {d:%B} {d.year}"


def fy_of(d, start_mmdd="04-01"):
    m, dd = int(start_mmdd[:2]), int(start_mmdd[3:])
    y = d.year if (d.month, d.day) >= (m, dd) else d.year - 1
    return f"{y}-{(y + 1) % 100:02d}"


def nth_weekday(year, month, weekday, n):
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def pid(year, key):
    """Priority id for a year and a key."""
    return f"{year}-{key}"


# --------------------------------------------------------------------------
# the partnership, agencies, people
# --------------------------------------------------------------------------

PARTNERSHIP = {
    "name": "Northvale Safeguarding Children Partnership",
    "shortName": "NSCP",
    "contactEmail": "partnership@northvale.example",
    "financialYearStart": "04-01",
    "headings": dict(DEFAULT_HEADINGS),
}

# id, name, shortName, sector, how a sentence names it
AGENCIES = [
    ("nvcc", "Northvale County Council Children's Services", "NCC",
     "local-authority", "children's services"),
    ("nv-police", "Northvale Police", "NVP", "police", "Northvale Police"),
    ("nv-icb", "NHS Northvale Integrated Care Board", "Northvale ICB", "health",
     "the Integrated Care Board"),
    ("nvh-trust", "Northvale Hospitals NHS Trust", "NHT", "health",
     "the hospitals trust"),
    ("probation", "Probation Service, Northvale Delivery Unit", "Probation",
     "probation", "the Probation Service"),
    ("harrowmere-dc", "Harrowmere District Council", "HDC", "district-council",
     "Harrowmere District Council"),
    ("stonebeck-dc", "Stonebeck District Council", "SDC", "district-council",
     "Stonebeck District Council"),
    ("fernleigh-dc", "Fernleigh District Council", "FDC", "district-council",
     "Fernleigh District Council"),
    ("caldmoor-dc", "Caldmoor District Council", "CDC", "district-council",
     "Caldmoor District Council"),
    ("nv-fcas", "Northvale Family Court Advisory Service", "FCAS", "other",
     "the family court advisory service"),
    ("nv-camhs", "Northvale Minds NHS Foundation Trust (CAMHS)", "Northvale Minds",
     "health", "Northvale Minds"),
    ("nv-schools", "Northvale Schools and Colleges Safeguarding Network",
     "Schools Network", "education", "the schools network"),
    ("nv-vcs", "Northvale Children's Voluntary Sector Alliance", "NCVSA",
     "voluntary", "the voluntary sector alliance"),
]
AGENCY_NAME = {a[0]: a[1] for a in AGENCIES}
AGENCY_PHRASE = {a[0]: a[4] for a in AGENCIES}

# id, name, agency (None: independent), title, email
PEOPLE = [
    ("ruth-calloway", "Dr Ruth Calloway", None,
     "Independent Chair and Scrutineer", "ruth.calloway@northvale.example"),
    ("marcus-pennington", "Marcus Pennington", "nvcc",
     "Director of Children's Services", None),
    ("priya-raman", "Priya Raman", "nvcc", "Partnership Business Manager",
     "priya.raman@northvale.example"),
    ("owen-thwaite", "Owen Thwaite", "nvcc", "Partnership Administrator",
     "owen.thwaite@northvale.example"),
    ("leah-okonkwo", "Leah Okonkwo", "nvcc",
     "Head of Safeguarding and Quality Assurance", None),
    ("daniel-marsh", "Daniel Marsh", "nvcc", "Local Authority Designated Officer",
     "lado@northvale-cc.example"),
    ("sophie-hargreaves", "Sophie Hargreaves", "nvcc", "Principal Social Worker",
     None),
    ("tomasz-nowak", "Tomasz Nowak", "nvcc", "Head of Early Help and Family Hubs",
     None),
    ("grace-whitlock", "Grace Whitlock", "nvcc",
     "Multi-Agency Training Coordinator", "training@northvale.example"),
    ("imran-siddiqui", "Imran Siddiqui", "nvcc",
     "Performance and Intelligence Manager", None),
    ("bethany-crowe", "Bethany Crowe", "nvcc",
     "Service Manager, Exploitation and Missing", None),
    ("alistair-fenwick", "Alistair Fenwick", "nvcc",
     "Education Safeguarding Adviser", None),
    ("tessa-morland", "Tessa Morland", "nvcc", "Child Death Review Coordinator",
     "cdop@northvale.example"),
    ("ade-ogunleye", "Dr Ade Ogunleye", "nvcc", "Consultant in Public Health",
     None),
    ("karen-holloway", "Karen Holloway", "nv-police",
     "Detective Chief Superintendent, Head of Public Protection",
     "karen.holloway@northvale-police.example"),
    ("samuel-adeyemi", "Samuel Adeyemi", "nv-police",
     "Detective Inspector, Child Abuse Investigation Unit", None),
    ("rebecca-lowe", "Rebecca Lowe", "nv-police",
     "Sergeant, Online Child Exploitation Team", None),
    ("neil-barraclough", "Neil Barraclough", "nv-police",
     "Chief Inspector, Partnerships and Prevention", None),
    ("catherine-doyle", "Catherine Doyle", "nv-icb", "Chief Nursing Officer",
     None),
    ("joanne-ellery", "Joanne Ellery", "nv-icb",
     "Designated Nurse for Safeguarding Children",
     "joanne.ellery@northvale-icb.example"),
    ("fiona-mcallister", "Dr Fiona McAllister", "nv-icb",
     "Designated Doctor for Safeguarding Children", None),
    ("ravi-chandran", "Dr Ravi Chandran", "nv-icb",
     "Named GP for Safeguarding Children", None),
    ("elin-parry", "Dr Elin Parry", "nv-icb", "Designated Doctor for Child Deaths",
     None),
    ("mark-ainsworth", "Mark Ainsworth", "nvh-trust", "Head of Safeguarding", None),
    ("natalie-brennan", "Natalie Brennan", "nvh-trust",
     "Named Nurse for Safeguarding Children", None),
    ("yusuf-karim", "Dr Yusuf Karim", "nvh-trust", "Consultant Paediatrician",
     None),
    ("zoe-fairbairn", "Zoe Fairbairn", "nvh-trust",
     "Named Midwife for Safeguarding", None),
    ("gareth-pryce", "Gareth Pryce", "probation", "Head of Delivery Unit", None),
    ("aisha-bello", "Aisha Bello", "probation", "Senior Probation Officer", None),
    ("lorna-castell", "Lorna Castell", "harrowmere-dc", "Community Safety Manager",
     None),
    ("maya-sharma", "Maya Sharma", "harrowmere-dc", "Safeguarding Officer", None),
    ("peter-quinlan", "Peter Quinlan", "stonebeck-dc", "Licensing Manager",
     "peter.quinlan@stonebeck-dc.example"),
    ("harriet-voss", "Harriet Voss", "fernleigh-dc", "Housing Options Manager",
     None),
    ("colin-dunmore", "Colin Dunmore", "caldmoor-dc", "Head of Communities", None),
    ("miriam-stokes", "Miriam Stokes", "nv-fcas", "Service Manager", None),
    ("hannah-lindqvist", "Dr Hannah Lindqvist", "nv-camhs",
     "Clinical Director for CAMHS", None),
    ("femi-adebayo", "Femi Adebayo", "nv-camhs", "Safeguarding Lead", None),
    ("rachel-kettering", "Rachel Kettering", "nv-schools",
     "Headteacher, Stonebeck Primary Academy",
     "head@stonebeck-primary.example"),
    ("simon-okafor", "Simon Okafor", "nv-schools",
     "Designated Safeguarding Lead, Fernleigh College", None),
    ("louise-partridge", "Louise Partridge", "nv-schools",
     "Chair, Secondary Heads' Forum", None),
    ("jenny-tranter", "Jenny Tranter", "nv-vcs", "Chief Executive",
     "jenny.tranter@ncvsa.example"),
    ("kieran-walsh", "Kieran Walsh", "nv-vcs", "Young People's Services Manager",
     None),
]
PERSON_AGENCY = {p[0]: p[2] for p in PEOPLE}
PERSON_NAME = {p[0]: p[1] for p in PEOPLE}


# --------------------------------------------------------------------------
# bodies and memberships
# --------------------------------------------------------------------------

BODIES = [
    {"id": "board", "name": "Northvale Safeguarding Children Partnership Board",
     "kind": "board", "established": "2019-09-29",
     "purpose": "The board brings the three statutory safeguarding partners together "
                "with the wider partners who work with children in Northvale. It sets "
                "the business plan, holds agencies to account for how well they keep "
                "children safe, and decides what the partnership publishes."},
    {"id": "executive", "name": "Partnership Executive Group", "kind": "executive",
     "parent": "board", "established": "2019-09-29",
     "purpose": "The executive turns the board's business plan into work. It oversees "
                "the subgroups, reads the partnership dataset each quarter and decides "
                "which issues need the board's attention."},
    {"id": "child-exploitation", "name": "Child Exploitation Subgroup",
     "kind": "subgroup", "parent": "board", "established": "2019-10-16",
     "purpose": "To lead a joined-up response to every form of child exploitation in "
                "Northvale (sexual, criminal, county lines, trafficking and modern "
                "slavery) and to check that children who go missing are treated as "
                "*victims first*."},
    {"id": "e-safety", "name": "E-Safety Subgroup", "kind": "subgroup",
     "parent": "board", "established": "2019-10-22",
     "purpose": "To help children, parents and professionals stay safe online by "
                "sharing intelligence about new risks, supporting schools and making "
                "sure training keeps pace with technology."},
    {"id": "policy-procedure", "name": "Policy and Procedure Subgroup",
     "kind": "subgroup", "parent": "board", "established": "2019-11-06",
     "purpose": "To keep Northvale's multi-agency safeguarding procedures accurate, "
                "short and easy to find, and to check that practitioners know and use "
                "them."},
    {"id": "performance-qa", "name": "Performance and Quality Assurance Subgroup",
     "kind": "subgroup", "parent": "board", "established": "2019-11-11",
     "purpose": "To test how well partners safeguard children, alone and together, "
                "through data, multi-agency audits and the section 11 self-assessment, "
                "and to report what we find to the executive."},
    {"id": "learning-development", "name": "Learning and Development Subgroup",
     "kind": "subgroup", "parent": "board", "established": "2019-11-21",
     "purpose": "To make sure everyone who works with children in Northvale can get "
                "good multi-agency training, and that learning from reviews and audits "
                "reaches the front line."},
    {"id": "safer-employment", "name": "Safer Employment Subgroup", "kind": "subgroup",
     "parent": "board", "established": "2019-12-13",
     "purpose": "To seek assurance that organisations working with children recruit, "
                "vet, train and supervise staff and volunteers safely, and that "
                "allegations against adults are handled well."},
    {"id": "neglect", "name": "Neglect Subgroup", "kind": "subgroup", "parent": "board",
     "established": "2021-04-20",
     "purpose": "To lead the partnership's neglect strategy: earlier recognition, "
                "consistent use of assessment tools, and help that changes children's "
                "day-to-day lives."},
    {"id": "cdop", "name": "Child Death Overview Panel", "kind": "panel",
     "parent": "board", "established": "2019-09-29",
     "purpose": "To review the death of every child normally resident in Northvale, to "
                "make sure bereaved families are supported, and to find anything that "
                "could prevent other deaths. The panel sits jointly with a neighbouring "
                "area when its caseload is low."},
    {"id": "case-review-group", "name": "Case Review Group", "kind": "review-group",
     "parent": "board", "established": "2019-09-29",
     "purpose": "To consider serious incidents, carry out rapid reviews, commission "
                "local child safeguarding practice reviews, and follow their "
                "recommendations until practice has changed."},
]
BODY = {b["id"]: b for b in BODIES}
SUBGROUPS = [b["id"] for b in BODIES if b["kind"] == "subgroup"]

# body -> [(person, role, from, to)]
MEMBERSHIPS = {
    "board": [
        ("ruth-calloway", "chair"), ("marcus-pennington", "member"),
        ("karen-holloway", "member"), ("catherine-doyle", "member"),
        ("mark-ainsworth", "member"), ("gareth-pryce", "member"),
        ("lorna-castell", "member"), ("rachel-kettering", "member"),
        ("jenny-tranter", "member"), ("hannah-lindqvist", "member"),
        ("fiona-mcallister", "adviser"), ("priya-raman", "secretariat"),
    ],
    "executive": [
        ("marcus-pennington", "chair"), ("karen-holloway", "vice-chair"),
        ("catherine-doyle", "member"), ("leah-okonkwo", "member"),
        ("joanne-ellery", "member"), ("imran-siddiqui", "member"),
        ("tomasz-nowak", "member"), ("priya-raman", "secretariat"),
    ],
    "child-exploitation": [
        ("neil-barraclough", "chair", None, "2024-06-30"),
        ("bethany-crowe", "vice-chair", None, "2024-06-30"),
        ("bethany-crowe", "chair", "2024-07-01", None),
        ("samuel-adeyemi", "member"), ("natalie-brennan", "member"),
        ("peter-quinlan", "member"), ("kieran-walsh", "member"),
        ("simon-okafor", "member"), ("femi-adebayo", "member"),
        ("aisha-bello", "member"),
        ("rebecca-lowe", "member", "2024-07-01", None),
        ("owen-thwaite", "secretariat"),
    ],
    "e-safety": [
        ("rebecca-lowe", "chair"), ("alistair-fenwick", "member"),
        ("simon-okafor", "member"), ("kieran-walsh", "member"),
        ("louise-partridge", "member"), ("lorna-castell", "member"),
        ("femi-adebayo", "member"),
    ],
    "policy-procedure": [
        ("sophie-hargreaves", "chair"), ("joanne-ellery", "vice-chair"),
        ("daniel-marsh", "member"), ("zoe-fairbairn", "member"),
        ("miriam-stokes", "member"), ("harriet-voss", "member"),
        ("aisha-bello", "member"), ("alistair-fenwick", "member"),
        ("owen-thwaite", "secretariat"),
    ],
    "performance-qa": [
        ("leah-okonkwo", "chair"), ("natalie-brennan", "vice-chair"),
        ("imran-siddiqui", "member"), ("samuel-adeyemi", "member"),
        ("ravi-chandran", "member"), ("tomasz-nowak", "member"),
        ("kieran-walsh", "member"), ("miriam-stokes", "member"),
    ],
    "learning-development": [
        ("grace-whitlock", "chair"), ("sophie-hargreaves", "member"),
        ("natalie-brennan", "member"), ("louise-partridge", "member"),
        ("jenny-tranter", "member"), ("colin-dunmore", "member"),
        ("aisha-bello", "member"),
    ],
    "safer-employment": [
        ("daniel-marsh", "chair"), ("peter-quinlan", "member"),
        ("colin-dunmore", "member"), ("mark-ainsworth", "member"),
        ("louise-partridge", "member"), ("kieran-walsh", "member"),
    ],
    "neglect": [
        ("tomasz-nowak", "chair"), ("zoe-fairbairn", "member"),
        ("ravi-chandran", "member"), ("harriet-voss", "member"),
        ("rachel-kettering", "member"), ("ade-ogunleye", "member"),
        ("samuel-adeyemi", "member"), ("maya-sharma", "member"),
    ],
    "cdop": [
        ("ade-ogunleye", "chair"), ("elin-parry", "vice-chair"),
        ("yusuf-karim", "member"), ("samuel-adeyemi", "member"),
        ("sophie-hargreaves", "member"), ("zoe-fairbairn", "member"),
        ("ravi-chandran", "member"), ("femi-adebayo", "member"),
        ("tessa-morland", "secretariat"),
    ],
    "case-review-group": [
        ("fiona-mcallister", "chair"), ("leah-okonkwo", "vice-chair"),
        ("samuel-adeyemi", "member"), ("joanne-ellery", "member"),
        ("daniel-marsh", "member"), ("mark-ainsworth", "member"),
        ("gareth-pryce", "member"), ("priya-raman", "secretariat"),
    ],
}


def membership_rows():
    rows = []
    for body, ms in MEMBERSHIPS.items():
        concluded = BODY[body].get("concluded")
        for m in ms:
            person, role = m[0], m[1]
            frm = m[2] if len(m) > 2 else None
            to = m[3] if len(m) > 3 else None
            if concluded and (to is None or to > concluded):
                to = concluded
            rows.append({"body": body, "person": person, "role": role,
                         "from": frm, "to": to})
    return rows


def active_members(body, date, rows):
    out = []
    iso = date.isoformat()
    for r in rows:
        if r["body"] != body:
            continue
        if r["from"] and iso < r["from"]:
            continue
        if r["to"] and iso > r["to"]:
            continue
        out.append((r["person"], r["role"]))
    return out


# --------------------------------------------------------------------------
# priorities
# --------------------------------------------------------------------------

PRIORITIES = {
    "2023-24": [
        ("domestic-abuse", "Domestic abuse", "nv-police",
         "Make sure children who live with domestic abuse are seen and helped as "
         "victims in their own right, and that their school hears about a police "
         "call-out **by the next morning**."),
        ("neglect", "Neglect", "nv-icb",
         "Recognise neglect earlier and respond the same way across agencies, using the "
         "Graded Care Profile 2 and checking that plans change children's daily lives."),
        ("exploitation", "Child exploitation", "nvcc",
         "Strengthen the joint response to sexual and criminal exploitation, including "
         "children who go missing, through the exploitation hub and a shared local "
         "profile."),
        ("early-help", "Early help", "nvcc",
         "Help families sooner through family hubs and one early help assessment, so "
         "fewer children need statutory services."),
        ("transitions", "Transitions to adulthood", "nvh-trust",
         "Stop young people losing support at 18 by agreeing joint pathways with adult "
         "services for those with care and support needs or at risk of exploitation."),
    ],
    "2024-25": [
        ("domestic-abuse", "Domestic abuse", "nv-police",
         "Build on the school notification scheme by extending it to GP practices, and "
         "check that children's experiences are recorded in every domestic abuse "
         "referral."),
        ("neglect", "Neglect", "nv-icb",
         "Test whether the refreshed neglect strategy is changing what happens in "
         "children's homes, not only in our paperwork; add a pathway for *dental "
         "neglect*."),
        ("exploitation", "Child exploitation", "nv-police",
         "Under new police leadership, widen the exploitation hub to online harm and "
         "give young people a voice in the partnership's campaigns."),
        ("early-help", "Early help", "nvcc",
         "Reach more families who are new to services through family hubs, with a "
         "focus on parents of babies and children missing education."),
        ("transitions", "Transitions to adulthood", "nvh-trust",
         "Put the joint transitions protocol with the adults board into practice and "
         "follow a sample of young people through their 18th birthday."),
        ("emotional-health", "Emotional and mental health", "nv-camhs",
         "Work with schools and Northvale Minds to shorten waits for help with anxiety, "
         "self-harm and low mood, and act on what the child death panel has learned "
         "from deaths of young people by suicide."),
    ],
}
PRIORITY_KEYS = {y: [p[0] for p in ps] for y, ps in PRIORITIES.items()}


# --------------------------------------------------------------------------
# meeting schedule
# --------------------------------------------------------------------------

# body -> weekday (Mon=0), nth, time, usual place, months per year
SCHEDULE = {
    "board": (1, 2, "10:00", "Council Chamber, County Hall, Northvale",
              {"2023-24": ["2023-06", "2023-09", "2023-12", "2024-03"],
               "2024-25": ["2024-06", "2024-09", "2024-12", "2025-03"]}),
    "executive": (3, 1, "14:00", "Committee Room 3, County Hall, Northvale",
                  {"2023-24": ["2023-05", "2023-08", "2023-11", "2024-02"],
                   "2024-25": ["2024-05", "2024-08", "2024-11", "2025-02"]}),
    "child-exploitation": (2, 3, "10:00", "Meeting Room 1, Northvale Police Headquarters",
                           {"2023-24": ["2023-07", "2023-11", "2024-03"],
                            "2024-25": ["2024-07", "2024-10", "2025-02"]}),
    "e-safety": (1, 4, "14:00", "Fernleigh College Conference Suite",
                 {"2023-24": ["2023-06", "2024-01"],
                  "2024-25": ["2024-06", "2025-01"]}),
    "policy-procedure": (2, 3, "13:30", "Committee Room 2, County Hall, Northvale",
                         {"2023-24": ["2023-07", "2023-11", "2024-03"],
                          "2024-25": ["2024-07", "2024-11", "2025-03"]}),
    "performance-qa": (0, 2, "10:00", "Committee Room 2, County Hall, Northvale",
                       {"2023-24": ["2023-06", "2023-10", "2024-02"],
                        "2024-25": ["2024-06", "2024-10", "2025-02"]}),
    "learning-development": (3, 3, "10:00", "Harrowmere Civic Centre",
                             {"2023-24": ["2023-07", "2024-01"],
                              "2024-25": ["2024-07", "2025-01"]}),
    "safer-employment": (4, 2, "10:00", "Stonebeck Council Offices",
                         {"2023-24": ["2023-06", "2023-12"],
                          "2024-25": ["2024-09"]}),
    "neglect": (1, 3, "13:30", "Caldmoor Family Hub",
                {"2023-24": ["2023-08", "2023-10", "2024-01"],
                 "2024-25": ["2024-07", "2024-10", "2025-02"]}),
    "cdop": (4, 1, "09:30", "Boardroom, Riverside House, Northvale",
             {"2023-24": ["2023-05", "2023-07", "2023-09", "2023-11", "2024-01",
                          "2024-03"],
              "2024-25": ["2024-05", "2024-07", "2024-09", "2024-11", "2025-01",
                          "2025-03"]}),
    "case-review-group": (1, 1, "14:00", "Committee Room 3, County Hall, Northvale",
                          {"2023-24": ["2023-06", "2023-09", "2023-12", "2024-03"],
                           "2024-25": ["2024-06", "2024-09", "2024-12", "2025-03"]}),
}
CANCELLED = {("neglect", "2023-10")}
# bodies whose last meeting is also the date they concluded
CONCLUDES_AT_LAST_MEETING = ["e-safety", "safer-employment"]
CDOP_CASES = {"2023-24": [4, 2, 2, 6, 6, 4], "2024-25": [5, 3, 4, 2, 6, 3]}


# --------------------------------------------------------------------------
# text banks for minutes
# --------------------------------------------------------------------------
# A specific entry is a dict: t text, p priority key, c children (str or
# (str, [grandchildren])), y restrict to a year.

def L(label, path):
    return f"[{label}]({EXAMPLE}/{path})"


SPEC_DID = {
    "board": [
        {"t": "We heard the independent scrutineer's mid-year findings, which looked at "
              "how well partners listen to children before making decisions about them.",
         "c": ["Children's views were written down in most assessments but rarely "
               "changed the plan.",
               "Health and police records seldom said what the child had told them."]},
        {"t": "We reviewed the partnership risk log; the two red risks were initial "
              "health assessments for children entering care and vacancies at the "
              "front door."},
        {"t": "We received the annual report of the Child Death Overview Panel and asked "
              "for more detail about deaths of older teenagers.", "p": "emotional-health"},
        {"t": "We approved last year's annual report for publication on the website, with "
              "an easy-read summary for young people."},
        {"t": "We received the budget monitoring report and agreed to hold partner "
              "contributions at their current level, subject to review by the "
              "executive."},
        {"t": "We asked each statutory partner to bring a short self-assessment against "
              "the expectations of *Working Together to Safeguard Children 2023*."},
        {"t": "We heard from the Northvale Youth Voice panel, who presented their survey "
              "of what worries young people most.",
         "c": ["Online bullying and image sharing came top for 12 to 15 year olds.",
               "Young people in the rural districts said they felt unsafe waiting for "
               "late buses.",
               "Several said they did not know which adult at school they could tell."]},
        {"t": "We considered the inspection letter on the multi-agency response to "
              "children living with domestic abuse, and agreed a partnership improvement "
              "plan.", "p": "domestic-abuse"},
        {"t": "We received assurance from the designated professionals that child "
              "protection medicals are being completed within 24 hours of a request."},
        {"t": "We discussed how rising living costs are affecting families and asked the "
              "district councils for data on evictions of households with children.",
         "p": "neglect"},
        {"t": "We received the annual report of the Local Authority Designated Officer: "
              "allegations rose by 12%, and schools made the largest share of "
              "referrals."},
        {"t": "We welcomed new members from the Integrated Care Board after the "
              "reorganisation of NHS safeguarding teams.", "y": "2023-24"},
        {"t": "We considered the section 11 audit results; 38 of the 41 organisations "
              "asked had returned their self-assessment on time."},
        {"t": "We challenged partners about late GP reports to initial child protection "
              "conferences and asked the Integrated Care Board for a recovery plan."},
        {"t": "We agreed the partnership's response to the national review of "
              "safeguarding in residential settings for disabled children."},
        {"t": "We tested the **transitions** priority by following the stories of three "
              "young people who turned 18 while open to children's services.",
         "p": "transitions"},
        {"t": "We received the early help annual report: 4,120 families were supported "
              "through family hubs, up from 3,560 the year before.", "p": "early-help"},
        {"t": "We discussed the rise in children missing education and asked for a joint "
              "report from schools and children's services.", "p": "early-help"},
        {"t": "We heard how police and children's services now meet every morning to "
              "discuss domestic abuse incidents where children were present.",
         "p": "domestic-abuse"},
        {"t": "We asked Northvale Minds to present its plan to shorten waits for a first "
              "CAMHS appointment, which averaged 14 weeks.", "p": "emotional-health",
         "y": "2024-25"},
    ],
    "executive": [
        {"t": "We reviewed the partnership dataset, now arranged by business plan "
              "priority, and agreed which measures would go to the board."},
        {"t": "We agreed one workplan template for all subgroups, so that every action "
              "has an owner, a due date and a RAG rating.", "y": "2023-24"},
        {"t": "We gave each of the independent scrutineer's recommendations to a named "
              "subgroup with a deadline."},
        {"t": "We agreed to set aside money in the budget forecast for two commissioned "
              "reviews."},
        {"t": "We agreed a joint escalation route with the Northvale Safeguarding Adults "
              "Board for young people moving into adult services.", "p": "transitions"},
        {"t": "We heard that family hubs had reached 1,900 families in their first six "
              "months, and asked how many were new to services.", "p": "early-help",
         "y": "2023-24"},
        {"t": "We agreed terms of reference for a task-and-finish group on children "
              "missing education.", "p": "early-help"},
        {"t": "We reviewed the front door performance report: decisions made within 24 "
              "hours rose to 91%, from 84% the quarter before."},
        {"t": "We asked the Performance and Quality Assurance subgroup to check whether "
              "the neglect toolkit is being used in practice.", "p": "neglect"},
        {"t": "We agreed the training programme and a charging policy for organisations "
              "that do not contribute to the partnership budget."},
        {"t": "We reviewed how ready partners are for a joint targeted area inspection "
              "and agreed a short self-evaluation."},
        {"t": "We agreed to pilot notifying GP practices of domestic abuse incidents "
              "involving children, led by Northvale Police and the Integrated Care "
              "Board.", "p": "domestic-abuse"},
        {"t": "We reviewed the exploitation hub's first quarter: 64 children were "
              "discussed and 58 had a plan within five working days.",
         "p": "exploitation"},
        {"t": "We agreed the partnership's communications plan, including a refreshed "
              "website and the *Information Update* newsletter."},
        {"t": "We considered the draft annual report and asked subgroup chairs to add "
              "what difference their work had made for children."},
    ],
    "child-exploitation": [
        {"t": "We agreed to build a local exploitation profile from police intelligence, "
              "missing episodes and school exclusion data.", "p": "exploitation",
         "y": "2023-24"},
        {"t": "We reviewed return home interviews: 78% of children who went missing were "
              "offered one within 72 hours."},
        {"t": "We heard from the county lines team about two recent operations and the "
              "safeguarding response for the eleven children found.",
         "p": "exploitation"},
        {"t": "We agreed a hotel and short-let awareness campaign with the district "
              "licensing teams.", "p": "exploitation",
         "c": ["Harrowmere and Stonebeck to start in the autumn.",
               "Fernleigh and Caldmoor to follow once the training materials are "
               "agreed."]},
        {"t": "We discussed the pilot that lets local panels decide whether a child is a "
              "victim of modern slavery, and agreed to express an interest."},
        {"t": "We checked taxi and private hire safeguarding training across the four "
              "districts; Caldmoor was still below its target."},
        {"t": "We reviewed the contextual safeguarding map of Harrowmere town centre and "
              "the bus station, drawn up with young people."},
        {"t": "We heard from the voluntary sector mentoring project about what helps "
              "young people step away from criminal exploitation.",
         "p": "exploitation"},
        {"t": "We agreed that children found with drugs in county lines cases should be "
              "screened for exploitation before any charging decision."},
        {"t": "We reviewed the exploitation screening tool after six months and "
              "simplified the questions about online contact."},
        {"t": "We looked at the gender and ethnicity of children referred for "
              "exploitation, and asked why so few girls were referred for criminal "
              "exploitation."},
        {"t": "We agreed a joint message for schools about *spotting the signs* of "
              "criminal exploitation, with a "
              + L("one-page guide", "exploitation/signs") + "."},
        {"t": "We received the missing children annual report: 1,412 missing episodes "
              "involving 436 children."},
    ],
    "e-safety": [
        {"t": "We reviewed the online safety survey completed by 3,400 pupils in Years 6 "
              "to 11.",
         "c": ["Two thirds of Year 6 pupils had a social media account.",
               "One in five secondary pupils had been sent an image they did not "
               "want."]},
        {"t": "We heard from the online child exploitation team about a rise in "
              "sextortion reports involving teenage boys.", "p": "exploitation"},
        {"t": "We agreed a short guide for parents on the privacy settings of the apps "
              "most used by under-13s."},
        {"t": "We planned Safer Internet Day resources for primary and secondary "
              "assemblies."},
        {"t": "We discussed how smart-home devices are used to control and monitor "
              "partners, and agreed to add this to domestic abuse training.",
         "p": "domestic-abuse"},
        {"t": "We reviewed how schools respond to nude image-sharing incidents and "
              "compared practice with the national guidance for education settings."},
        {"t": "We heard how the primary school online safety drama programme had reached "
              "4,000 children."},
        {"t": "We agreed to write to the four district councils about online safety "
              "messages in their youth programmes."},
    ],
    "policy-procedure": [
        {"t": "We signed off the revised " + L("threshold document", "procedures/thresholds")
              + " after consulting 120 practitioners.", "y": "2023-24"},
        {"t": "We updated the protocol for bruising in babies who are not yet mobile, "
              "adding guidance on recognising bruises on darker skin."},
        {"t": "We agreed the content of the new *Was Not Brought* guidance for missed "
              "health appointments.", "p": "neglect"},
        {"t": "We reviewed the escalation and resolution policy and shortened the "
              "timescale at each stage to five working days."},
        {"t": "We considered the six-monthly update from the online procedures provider "
              "and agreed eight local amendments."},
        {"t": "We agreed a joint protocol with the adults board for young people aged 16 "
              "to 25 with care and support needs.", "p": "transitions", "y": "2024-25"},
        {"t": "We reviewed the pre-birth assessment guidance using learning from the "
              "Baby R rapid review.", "y": "2024-25"},
        {"t": "We agreed the revised guidance on honour-based abuse and forced "
              "marriage.", "p": "domestic-abuse"},
        {"t": "We asked partners to check that their own policies link to the "
              "multi-agency procedures rather than copying them."},
        {"t": "We reviewed the procedure for children who are electively home educated "
              "and added a section on children with care plans."},
        {"t": "We agreed an easy-read leaflet that explains child protection "
              "conferences to parents."},
        {"t": "We heard from practitioners who found the procedures website hard to "
              "search, and agreed a new contents page."},
    ],
    "performance-qa": [
        {"t": "We agreed four multi-agency audits for the year, each led by a subgroup "
              "member:", "y": "2023-24",
         "c": ["children subject to a second child protection plan;",
               "pre-birth assessments;",
               ("neglect, in two parts:",
                ["use of the Graded Care Profile 2,",
                 "whether plans changed children's daily lives;"]),
               "strategy discussions held out of hours."]},
        {"t": "We agreed the audit programme for 2024-25, shaped by themes from last "
              "year's reviews:", "y": "2024-25",
         "c": ["domestic abuse referrals and the child's experience;",
               "children missing education;",
               ("transitions, following young people who turned 18:",
                ["those with care and support needs,",
                 "those open to the exploitation hub."])]},
        {"t": "We heard the findings of the audit of repeat child protection plans: in "
              "half the cases the first plan had ended before change had lasted."},
        {"t": "We reviewed the dashboard and replaced three measures that told us little "
              "about children's experiences."},
        {"t": "We checked the actions from the pre-birth assessment audit; five of seven "
              "were complete."},
        {"t": "We held a reflection session with practitioners on the findings of the "
              "neglect audit.", "p": "neglect"},
        {"t": "We looked at attendance at strategy discussions by agency and asked "
              "health partners to explain the gaps."},
        {"t": "We planned challenge sessions with the agencies whose section 11 returns "
              "scored lowest.", "y": "2024-25"},
        {"t": "We considered a survey of parents after child protection conferences: 62% "
              "said they understood the plan."},
        {"t": "We examined re-referrals to children's social care within 12 months, "
              "which stood at 21%."},
        {"t": "We agreed that every audit will end with a one-page learning summary and "
              "a short action plan."},
        {"t": "We dip-sampled 20 domestic abuse referrals to check whether the child's "
              "experience had been recorded.", "p": "domestic-abuse"},
    ],
    "learning-development": [
        {"t": "We reviewed training evaluations: 94% of delegates rated the full-day "
              "courses good or excellent."},
        {"t": "We agreed to recruit new trainers to the multi-agency training pool and "
              "asked each to deliver at least three sessions a year."},
        {"t": "We discussed the autumn cancellations and agreed to move courses with low "
              "bookings online.", "y": "2023-24"},
        {"t": "We agreed the learning and development framework for the year."},
        {"t": "We planned a series of 7-minute briefings on learning from local "
              "reviews."},
        {"t": "We asked for booking system reports that show attendance by agency and "
              "role."},
        {"t": "We agreed to contact a sample of delegates three months after each course "
              "to ask what they now do differently."},
        {"t": "We planned the annual learning conference, on the theme of *the child's "
              "lived experience*.", "y": "2024-25"},
        {"t": "We reviewed e-learning completions and asked schools to promote the "
              "refreshed module.", "y": "2024-25"},
    ],
    "safer-employment": [
        {"t": "We reviewed the LADO's quarterly data on allegations against adults who "
              "work with children."},
        {"t": "We checked that every partner's recruitment policy requires at least one "
              "interview panel member trained in safer recruitment."},
        {"t": "We reviewed safeguarding checks and training for home-to-school transport "
              "drivers and passenger assistants."},
        {"t": "We agreed a safer recruitment workshop for voluntary and faith groups."},
        {"t": "We discussed how agencies check agency and locum staff before they start "
              "work."},
    ],
    "neglect": [
        {"t": "We launched the refreshed neglect strategy with an event for 150 "
              "practitioners.", "p": "neglect", "y": "2023-24"},
        {"t": "We reviewed child protection plans for neglect, which made up 41% of all "
              "plans, down from 46%.", "p": "neglect"},
        {"t": "We heard from health visitors about using the neglect screening tool at "
              "the 12-month review.", "p": "neglect"},
        {"t": "We discussed how damp, mould and overcrowding affect children's health, "
              "and invited district housing teams to our next meeting."},
        {"t": "We agreed to develop a dental neglect pathway with the community dental "
              "service.", "p": "neglect", "y": "2024-25"},
        {"t": "We reviewed take-up of Graded Care Profile 2 training: 186 practitioners "
              "trained so far.", "p": "neglect"},
        {"t": "We heard from a family support worker about a family whose home "
              "conditions improved with a practical, week-by-week plan."},
        {"t": "We agreed a short guide for schools on recognising neglect in "
              "teenagers.", "p": "neglect"},
        {"t": "We reviewed how early help assessments pick up neglect in families with a "
              "baby under one.", "p": "early-help"},
    ],
    "cdop": [
        {"t": "We discussed two sudden unexpected infant deaths where unsafe sleep was a "
              "factor, and agreed to refresh the safer sleep campaign."},
        {"t": "We heard from the suicide prevention lead about the support offered to "
              "schools after the death of a pupil.", "p": "emotional-health"},
        {"t": "We considered how quickly notifications reach the panel; 88% arrived "
              "within the target time."},
        {"t": "We agreed to hold joint panels with Westmarch CDOP to reach the caseload "
              "recommended in national guidance."},
        {"t": "We received the regional thematic report on deaths of children with "
              "life-limiting conditions."},
        {"t": "We agreed the panel's annual report for submission to the safeguarding "
              "partners."},
        {"t": "We heard a bereaved family's feedback on the key worker role and agreed "
              "to share it with hospital teams."},
        {"t": "We noted a rise in notifications this period but found no common pattern "
              "between the deaths."},
        {"t": "We agreed water safety messages for secondary schools ahead of the summer "
              "holidays."},
        {"t": "We asked the road safety team for data on collisions involving teenage "
              "pedestrians near schools."},
        {"t": "We reviewed the guidance on when GP practices should share information "
              "with the panel."},
        {"t": "We looked at deaths of babies born extremely early and asked maternity "
              "services about support to stop smoking in pregnancy."},
        {"t": "We welcomed an observer from a neighbouring panel as part of a peer "
              "review."},
        {"t": "We confirmed how the rapid response meeting is called after an unexpected "
              "death out of hours."},
    ],
    "case-review-group": [
        {"t": "We tracked the action plans from earlier reviews; 17 of 23 actions were "
              "complete with evidence."},
        {"t": "We agreed to add two more independent reviewers to our approved list."},
        {"t": "We considered the national panel's annual report and compared its themes "
              "with our own reviews."},
        {"t": "We agreed a standard format for the learning briefing that goes with each "
              "published review."},
        {"t": "We reviewed how families are invited to take part in reviews, after "
              "feedback that our letters were hard to understand."},
        {"t": "We checked how learning from reviews had reached GP practices through the "
              "named GP's bulletin."},
        {"t": "We agreed criteria for when a rapid review should lead to a local child "
              "safeguarding practice review."},
        {"t": "We considered a referral from a school that did not meet the criteria for "
              "a review, and agreed a single-agency learning response instead."},
    ],
}

SPEC_DIFF = {
    "board": [
        {"t": "Members now share one view of where children in Northvale are least safe, "
              "and the business plan is built around it."},
        {"t": "Young people's own words are quoted in our priority plans, so their "
              "worries shape what we spend money on."},
        {"t": "Partners know which risks are red and who owns them, so problems reach "
              "the board before they reach children."},
        {"t": "Learning from local reviews is reaching practitioners within weeks "
              "instead of months."},
        {"t": "Families at child protection conferences are more likely to have their "
              "GP's view in front of the conference."},
        {"t": "Children living with domestic abuse are more likely to be known to their "
              "school by the next morning.", "p": "domestic-abuse"},
        {"t": "Young people approaching 18 have a named worker who stays with them "
              "through the move to adult services.", "p": "transitions"},
        {"t": "More families are getting help early, before problems become a crisis.",
         "p": "early-help"},
    ],
    "executive": [
        {"t": "Subgroup work is reported against one set of priorities, so the board can "
              "see progress for children in one place."},
        {"t": "Decisions about children referred to the front door are made faster, so "
              "fewer children wait for help."},
        {"t": "GPs now hear about domestic abuse incidents involving their patients' "
              "children, so they can offer support at the next appointment.",
         "p": "domestic-abuse"},
        {"t": "Children at risk of exploitation are discussed across agencies within "
              "days, not weeks.", "p": "exploitation"},
        {"t": "Young people with care and support needs should no longer lose help on "
              "their 18th birthday.", "p": "transitions"},
    ],
    "child-exploitation": [
        {"t": "Children who go missing are more likely to be offered a return "
              "conversation with someone they trust."},
        {"t": "Licensing officers in every district can now recognise and report "
              "concerns about children in hotels and taxis.", "p": "exploitation"},
        {"t": "Children found in county lines operations were treated first as victims, "
              "with a safety plan in place within days.", "p": "exploitation"},
        {"t": "Girls at risk of criminal exploitation are now more likely to be spotted, "
              "not only boys."},
        {"t": "Schools now have one guide to the signs of exploitation, so concerns are "
              "passed on sooner."},
    ],
    "e-safety": [
        {"t": "More parents now have practical help to set up the devices their children "
              "use."},
        {"t": "Young people who report image-based abuse are more likely to get a calm, "
              "consistent response from school and police."},
        {"t": "Victims of domestic abuse can get advice on securing technology at home, "
              "which helps keep their children safe.", "p": "domestic-abuse"},
    ],
    "policy-procedure": [
        {"t": "Practitioners now work from one threshold document, so families are less "
              "often passed between services."},
        {"t": "Babies with bruising are referred for assessment more consistently, "
              "whatever their skin tone."},
        {"t": "Children who miss health appointments are now seen as possibly neglected, "
              "not as having parents who forgot.", "p": "neglect"},
        {"t": "Parents going into a conference can understand what will happen and how "
              "to take part."},
    ],
    "performance-qa": [
        {"t": "Audits now end with a learning summary that practitioners actually read."},
        {"t": "Children whose plans end too early are more likely to be noticed before "
              "harm returns."},
        {"t": "Parents' views of conferences are now part of how we judge their "
              "quality."},
    ],
    "learning-development": [
        {"t": "More practitioners from GP surgeries and schools took part in "
              "multi-agency training than the year before."},
        {"t": "Learning from reviews now reaches the front line as short briefings that "
              "teams can use in their own meetings."},
    ],
    "safer-employment": [
        {"t": "Children using council-arranged transport are driven by adults who have "
              "been checked and trained."},
        {"t": "Community and faith groups are better equipped to recruit volunteers "
              "safely."},
    ],
    "neglect": [
        {"t": "Children living with neglect are more likely to be identified at a "
              "routine health check.", "p": "neglect"},
        {"t": "Families are getting practical help with housing conditions that affect "
              "their children's health."},
        {"t": "Teenagers who are neglected are more likely to be noticed by their "
              "school.", "p": "neglect"},
    ],
    "cdop": [
        {"t": "More parents of new babies hear the same safer sleep advice from "
              "midwives, health visitors and GPs."},
        {"t": "Schools have a clear route to support after a pupil dies, which helps "
              "other children through their grief.", "p": "emotional-health"},
        {"t": "Bereaved families have one key worker who keeps them informed about the "
              "review of their child's death."},
        {"t": "Young people get practical water safety advice before the summer, when "
              "most drownings happen."},
        {"t": "Learning from child deaths is shared across a larger joint panel, so "
              "patterns are spotted sooner."},
    ],
    "case-review-group": [
        {"t": "Families who take part in reviews now get a plain letter and a named "
              "contact."},
        {"t": "Learning from reviews is turning into changes practitioners can see in "
              "their own procedures."},
        {"t": "Recommendations from older reviews are no longer left open without "
              "evidence of change."},
    ],
}

# Topics for the template sentences: text, priority key, type, agencies that
# would speak to it. Types: I an issue that affects children, P a practice,
# process or service, B a business item (a plan, a report, a budget).
TOPICS = {
    "board": [
        ("the partnership's multi-agency dataset", None, "B", "nvcc"),
        ("the domestic abuse strategy and its children's action plan",
         "domestic-abuse", "P", "nv-police nvcc"),
        ("the refresh of the neglect strategy", "neglect", "P", "nv-icb nvcc"),
        ("the joint response to child exploitation", "exploitation", "P",
         "nv-police nvcc"),
        ("the early help offer through family hubs", "early-help", "P", "nvcc"),
        ("support for young people moving into adult services", "transitions", "P",
         "nvh-trust nvcc nv-camhs"),
        ("waiting times for children's mental health services", "emotional-health", "I",
         "nv-camhs nv-icb"),
        ("initial health assessments for children entering care", None, "P",
         "nv-icb nvh-trust"),
        ("the partnership budget for next year", None, "B", "nvcc"),
        ("learning from local child safeguarding practice reviews", None, "P",
         "nvcc nv-icb"),
        ("the independent scrutineer's recommendations", None, "B", ""),
        ("the multi-agency safeguarding hub", None, "P", "nvcc nv-police"),
        ("children who are electively home educated", None, "I", "nvcc nv-schools"),
        ("children living in temporary accommodation", "neglect", "I",
         "harrowmere-dc stonebeck-dc fernleigh-dc caldmoor-dc"),
    ],
    "executive": [
        ("the front door performance report", None, "B", "nvcc"),
        ("the subgroup workplans", None, "B", "nvcc"),
        ("the partnership risk log", None, "B", ""),
        ("the budget forecast", None, "B", "nvcc"),
        ("the scrutiny plan for the year", None, "B", ""),
        ("the family hub programme", "early-help", "P", "nvcc"),
        ("notifications of domestic abuse to schools", "domestic-abuse", "P",
         "nv-police"),
        ("the joint protocol with the adults board", "transitions", "P", "nvcc nv-icb"),
        ("use of the neglect toolkit", "neglect", "P", "nvcc nv-icb"),
        ("the exploitation hub", "exploitation", "P", "nvcc nv-police"),
        ("children missing education", "early-help", "I", "nvcc"),
        ("the inspection readiness plan", None, "B", "nvcc"),
        ("referrals from health visitors", None, "P", "nv-icb"),
    ],
    "child-exploitation": [
        ("missing episodes of children in care", "exploitation", "I",
         "nvcc nv-police"),
        ("county lines activity in the market towns", "exploitation", "I", "nv-police"),
        ("the exploitation screening tool", "exploitation", "P", "nvcc"),
        ("the hotel and short-let awareness scheme", "exploitation", "P",
         "stonebeck-dc harrowmere-dc nv-police"),
        ("safeguarding training for taxi drivers", "exploitation", "P", "stonebeck-dc"),
        ("return home interviews", None, "P", "nvcc nv-vcs"),
        ("online grooming of children in care", "exploitation", "I", "nv-police"),
        ("referrals to the National Referral Mechanism", "exploitation", "P",
         "nvcc nv-police"),
        ("support for exploited young people turning 18", "transitions", "P",
         "probation nvcc"),
        ("knife crime prevention work in schools", None, "P", "nv-police nv-schools"),
        ("the exploitation communications plan", None, "B", "nvcc"),
    ],
    "e-safety": [
        ("online safety lessons in primary schools", None, "P", "nv-schools nvcc"),
        ("sextortion of teenage boys", "exploitation", "I", "nv-police"),
        ("parental controls on games consoles", None, "P", "nv-vcs nv-police"),
        ("image-sharing incidents in secondary schools", None, "I",
         "nv-schools nv-police"),
        ("online hate and extremist content", None, "I", "nv-police harrowmere-dc"),
        ("tracking apps in controlling relationships", "domestic-abuse", "I",
         "nv-police"),
        ("online safety support for children with SEND", None, "P", "nv-schools nvcc"),
        ("the online safety pages of the partnership website", None, "B", "nvcc"),
    ],
    "policy-procedure": [
        ("the threshold document", None, "B", "nvcc"),
        ("the bruising protocol for non-mobile babies", None, "P", "nvh-trust nv-icb"),
        ("guidance on children not brought to appointments", "neglect", "P",
         "nv-icb nvh-trust"),
        ("the escalation and resolution policy", None, "B", "nvcc"),
        ("the pre-birth assessment procedure", None, "P", "nvh-trust nvcc"),
        ("the transitions protocol with the adults board", "transitions", "P", "nvcc"),
        ("information sharing guidance for schools", None, "P", "nv-schools nvcc"),
        ("the private fostering procedure", None, "P", "nvcc"),
        ("the forward plan of procedure reviews", None, "B", "nvcc"),
        ("abuse in teenage relationships", "domestic-abuse", "I",
         "nv-police nv-schools"),
    ],
    "performance-qa": [
        ("repeat child protection plans", None, "I", "nvcc"),
        ("the partnership dashboard", None, "B", "nvcc"),
        ("the section 11 self-assessments", None, "B", ""),
        ("attendance at strategy discussions", None, "P", "nv-police nv-icb nvcc"),
        ("the quality of pre-birth assessments", None, "P", "nvh-trust nvcc"),
        ("re-referrals to children's social care", None, "I", "nvcc"),
        ("the audit of neglect cases", "neglect", "P", "nvcc nv-icb"),
        ("the domestic abuse dip sample", "domestic-abuse", "P", "nv-police nvcc"),
        ("early help assessments that step up to social care", "early-help", "P",
         "nvcc"),
        ("the voice of the child in case records", None, "P", ""),
    ],
    "learning-development": [
        ("the multi-agency training programme", None, "B", "nvcc"),
        ("the trainer pool", None, "B", "nvcc"),
        ("training evaluations", None, "B", "nvcc"),
        ("7-minute briefings", None, "P", "nvcc"),
        ("the safeguarding e-learning offer", None, "P", "nvcc"),
        ("the learning conference", None, "B", "nvcc"),
        ("training on domestic abuse and children", "domestic-abuse", "P",
         "nv-police nvcc"),
        ("neglect training for early years staff", "neglect", "P", "nvcc"),
    ],
    "safer-employment": [
        ("allegations against adults who work with children", None, "I", "nvcc"),
        ("safer recruitment training", None, "P", "nvcc"),
        ("checks on agency and locum staff", None, "P", "nvh-trust nvcc"),
        ("volunteer recruitment in faith groups", None, "P", "nv-vcs"),
        ("home-to-school transport safeguarding", None, "P",
         "nvcc caldmoor-dc stonebeck-dc"),
    ],
    "neglect": [
        ("the neglect strategy", "neglect", "B", "nvcc"),
        ("Graded Care Profile 2 training", "neglect", "P", "nvcc"),
        ("neglect of teenagers", "neglect", "I", "nv-schools nvcc"),
        ("dental neglect", "neglect", "I", "nv-icb"),
        ("damp and overcrowding in family homes", "neglect", "I",
         "fernleigh-dc harrowmere-dc"),
        ("food poverty in the school holidays", "neglect", "I", "nv-schools nv-vcs"),
        ("early help for families with babies", "early-help", "P", "nvcc nvh-trust"),
        ("neglect where parents misuse alcohol", "neglect", "I", "nvcc"),
    ],
    "cdop": [
        ("safer sleep advice for families with new babies", None, "P",
         "nvh-trust nv-icb"),
        ("suspected suicides of young people", "emotional-health", "I",
         "nv-camhs nvcc"),
        ("water safety for teenagers", None, "I", "nvcc"),
        ("road safety near secondary schools", None, "I", "nvcc"),
        ("the key worker offer for bereaved families", None, "P", "nvh-trust"),
        ("notifications from out-of-area hospitals", None, "B", "nvh-trust"),
        ("the joint panel arrangements with Westmarch", None, "B", "nvcc"),
        ("deaths of children with life-limiting conditions", None, "I", "nvh-trust"),
        ("information from GP practices", None, "B", "nv-icb"),
        ("the regional child death review network", None, "B", "nv-icb"),
        ("smoking in pregnancy", None, "I", "nvh-trust nvcc"),
    ],
    "case-review-group": [
        ("the tracking of review action plans", None, "B", "nvcc"),
        ("the rapid review process", None, "B", ""),
        ("the list of independent reviewers", None, "B", "nvcc"),
        ("how teams use the briefings from reviews", None, "P", "nvcc"),
        ("family involvement in reviews", None, "P", ""),
        ("themes across the last five years of reviews", None, "P", ""),
        ("the publication timetable for reviews", None, "B", "nvcc"),
    ],
}

# The topic types a template reads well with; U: needs a parent body ({up});
# x: not said at the child death panel, where it would strike the wrong note.
DID_TEMPLATES = [
    ("IPB", "We reviewed {t} and agreed what we expect to see by the next meeting."),
    ("IP", "We received a report from {ag} on {t} and asked how children's views had "
           "been gathered."),
    ("IP", "We heard an update from {ag} on {t}; members questioned the pace of change "
           "and asked for a revised timeline."),
    ("IP", "We agreed the scope of a short multi-agency audit of {t}, led by {ag}."),
    ("IP", "We looked at the latest figures on {t} and noted where they had moved since "
           "the last quarter."),
    ("IPB", "We checked the workplan actions on {t} and updated their RAG ratings."),
    ("IPB", "We asked {ag} for written assurance about {t} before the next meeting."),
    ("IPBU", "We discussed {t} and agreed to escalate the unresolved issues to {up}."),
    ("IP", "We compared how neighbouring partnerships approach {t} and picked out two "
           "ideas worth testing here."),
    ("Ix", "We heard from a practitioner at {ag} about a recent case involving {t}, "
           "and what had made a difference for the family."),
    ("IP", "We planned a practitioner workshop on {t} for the {season}."),
    ("Ix", "We considered what the youth voice panel had told us about {t}."),
    ("IPB", "We set up a task-and-finish group on {t}, led by {ag}, to report back "
            "within three months."),
    ("IP", "We received the quarterly exception report on {t}."),
    ("IPB", "We noted good progress on {t} and thanked {ag} for the work behind it."),
    ("IP", "We asked for {t} to be covered in the next multi-agency training "
           "programme."),
    ("B", "We tested {t} against the business plan priorities and agreed one change."),
    ("IPB", "We challenged {ag} on {t}, where the last two updates had arrived late."),
    ("IP", "We agreed a single key message on {t} for partners to share with their "
           "staff."),
    ("IPB", "We received a presentation on {t} and asked for the slides to go to the "
            "wider partnership."),
    ("I", "We looked at what {t} means for disabled children and those with special "
          "educational needs."),
    ("IP", "We agreed to return to {t} at the next meeting with figures broken down by "
           "district."),
    ("IPB", "We held a short deep dive into {t}, led by {ag}."),
    ("IPB", "We **agreed** that {t} would stay a standing item until the current "
            "concerns are resolved."),
    ("I", "We asked whether {t} looked different for children from Black, Asian and "
          "mixed heritage families, and requested the data."),
    ("B", "We agreed the draft of {t}, subject to two changes proposed by {ag}."),
    ("B", "We went through {t} line by line and agreed what must change before "
          "sign-off."),
    ("B", "We asked {ag} to lead a review of {t} and report back at the next meeting."),
]
NEXT_STEPS_TEMPLATE = "We agreed next steps on {t}:"
NEXT_STEPS = [
    "{ag} to circulate a one-page summary to members.",
    "The partnership team to add the item to the forward plan.",
    "Members to brief their own safeguarding leads.",
    "A progress report to come back in three months.",
    "Figures to be broken down by age, ethnicity and district.",
    "Young people's views to be sought through the youth voice panel.",
    "{ag} to confirm a named lead by the end of the month.",
]
DIFF_TEMPLATES = [
    ("IP", "We have a clearer picture of {t}, so help can be aimed at the children who "
           "need it most."),
    ("IP", "Partners now share one understanding of {t}, so families hear the same "
           "message from every service."),
    ("IPB", "Gaps in {t} now have named owners and dates, so they are less likely to "
            "drift."),
    ("IP", "Practitioners told us they felt more confident about {t}, which should mean "
           "earlier help for children."),
    ("IPB", "Our scrutiny of {t} means problems are caught before they affect more "
            "children."),
    ("P", "The changes agreed on {t} should give children a more consistent response "
          "across all four districts."),
    ("IP", "By keeping {t} under review, we make it less likely that children wait for "
           "help they need."),
    ("IP", "What we learned about {t} is now shared with front-line staff, so it can "
           "change what happens for children."),
    ("B", "Because {t} is now agreed, partners know what is expected of them and "
          "children get a more reliable response."),
]

# Who may stand in for whom: a deputy comes from the member's own team.
DEPUTIES = {
    "marcus-pennington": ["leah-okonkwo", "sophie-hargreaves"],
    "karen-holloway": ["neil-barraclough", "samuel-adeyemi"],
    "catherine-doyle": ["joanne-ellery"],
    "mark-ainsworth": ["natalie-brennan"],
    "gareth-pryce": ["aisha-bello"],
    "lorna-castell": ["maya-sharma"],
    "maya-sharma": ["lorna-castell"],
    "rachel-kettering": ["louise-partridge"],
    "jenny-tranter": ["kieran-walsh"],
    "hannah-lindqvist": ["femi-adebayo"],
    "fiona-mcallister": ["elin-parry"],
    "elin-parry": ["fiona-mcallister"],
    "leah-okonkwo": ["sophie-hargreaves", "imran-siddiqui"],
    "sophie-hargreaves": ["leah-okonkwo"],
    "joanne-ellery": ["ravi-chandran"],
    "ravi-chandran": ["joanne-ellery"],
    "samuel-adeyemi": ["rebecca-lowe"],
    "rebecca-lowe": ["samuel-adeyemi"],
    "natalie-brennan": ["zoe-fairbairn"],
    "zoe-fairbairn": ["natalie-brennan"],
    "simon-okafor": ["louise-partridge"],
    "louise-partridge": ["simon-okafor"],
    "tomasz-nowak": ["alistair-fenwick"],
    "imran-siddiqui": ["owen-thwaite"],
}

CDOP_CATEGORIES = [
    "Perinatal or neonatal event", "Chromosomal, genetic or congenital anomaly",
    "Sudden unexpected death in infancy or childhood", "Acute medical or surgical condition",
    "Chronic medical condition", "Infection", "Trauma or other external factor",
    "Suicide or deliberate self-inflicted harm", "Malignancy",
]
CDOP_LEAD = [
    "We completed reviews of {n} child deaths and found modifiable factors in {m} of "
    "them.",
    "We reviewed {n} deaths at this meeting; the panel judged that {m} had modifiable "
    "factors.",
    "We closed {n} reviews and, in {m} of them, identified something that might have "
    "been done differently.",
    "We discussed and closed {n} cases, agreeing modifiable factors in {m}.",
]
CDOP_LEAD_NONE = [
    "We completed reviews of {n} child deaths; none had modifiable factors.",
    "We reviewed {n} deaths and found no modifiable factors in any of them.",
    "We closed {n} reviews; the panel agreed that none of the deaths could have been "
    "prevented.",
]


def special_entries(body, ym, year, ctx):
    """Entries that belong to one particular meeting (body, 'YYYY-MM')."""
    out = []
    if body == "board" and ym in ("2023-06", "2024-06"):
        kids = []
        for key, title, lead, _desc in PRIORITIES[year]:
            kids.append(f"{title}: {AGENCY_NAME[lead]}")
        out.append(("did", {"t": f"We agreed the business plan for {year} and the "
                                  "strategic lead for each priority:", "c": kids}))
    if body == "board" and ym == "2024-03":
        out.append(("did", {"t": "We agreed that exploitation stays a priority for "
                                  "2024-25 and that Northvale Police will take over as "
                                  "lead agency from children's services.",
                            "p": "exploitation"}))
    if body == "board" and ym == "2024-09":
        out.append(("did", {"t": "We agreed to publish the Child K review and its "
                                  + L("learning summary", "case-reviews/child-k-briefing")
                                  + " once the family had seen them."}))
    if body == "executive" and ym == "2024-05":
        out.append(("did", {"t": "We reviewed whether every subgroup still earns its "
                                  "place, and agreed that two will finish their work "
                                  "this year:",
                            "c": ["Safer Employment, whose checks are now routine "
                                  "business for the LADO service;",
                                  "E-Safety, whose actions will move to the Child "
                                  "Exploitation subgroup."]}))
    if body == "child-exploitation" and ym == "2024-07":
        out.append(("did", {"t": "We welcomed Bethany Crowe as our new chair and thanked "
                                  "Neil Barraclough, who led the subgroup for five "
                                  "years."}))
        out.append(("did", {"t": "We agreed how the online safety actions from the "
                                  "E-Safety subgroup will be absorbed into our "
                                  "workplan when that group closes.",
                            "p": "exploitation"}))
    if body == "e-safety" and ym == "2025-01":
        out.append(("did", {"t": "We checked the workplan one last time: all actions are "
                                  "complete or have a named owner in the Child "
                                  "Exploitation subgroup.",
                            "c": ["The sextortion briefing for schools moves to the "
                                  "exploitation workplan.",
                                  "Safer Internet Day planning passes to the schools "
                                  "network."]}))
        out.append(("did", {"t": "We agreed that this was the subgroup's final meeting "
                                  "and thanked members for ten years of work on online "
                                  "safety."}))
        out.append(("note", {"t": "The E-Safety subgroup concluded its work at this "
                                   "meeting."}))
    if body == "safer-employment" and ym == "2024-09":
        out.append(("did", {"t": "We reviewed every open action and agreed that safer "
                                  "recruitment checks are now routine in all partner "
                                  "agencies."}))
        out.append(("did", {"t": "We agreed that the LADO service will report "
                                  "allegations data to the Policy and Procedure subgroup "
                                  "twice a year, and that this subgroup would close."}))
        out.append(("note", {"t": "The Safer Employment subgroup concluded its work at "
                                   "this meeting."}))
    return out


# --------------------------------------------------------------------------
# case reviews
# --------------------------------------------------------------------------

CASE_REVIEWS = [
    {"id": "cr-family-m", "name": "Family M", "type": "scr", "notified": "2019-01-16",
     "status": "publication-delayed", "signedOff": "2020-02-11",
     "note": "Publication is on hold until criminal proceedings against an adult in the "
             "household have finished. The trial is now listed for **autumn 2025**; the "
             "learning has already been shared through practitioner briefings."},
    {"id": "cr-thematic-nai", "name": "Injuries to babies: thematic review",
     "type": "thematic", "status": "published", "signedOff": "2023-09-05",
     "published": "2024-01-22", "url": f"{EXAMPLE}/case-reviews/injuries-to-babies",
     "note": "Looked at seven reviews of non-accidental injury to babies under one "
             "between 2016 and 2022."},
    {"id": "cr-child-k", "name": "Child K", "type": "lcspr", "notified": "2023-07-24",
     "status": "published", "signedOff": "2024-06-04", "published": "2024-10-15",
     "url": f"{EXAMPLE}/case-reviews/child-k"},
    {"id": "cr-baby-r", "name": "Baby R", "type": "rapid-review",
     "notified": "2023-10-16", "status": "signed-off", "signedOff": "2023-11-06",
     "note": "The rapid review found that the learning could be taken forward without a "
             "full local review."},
    {"id": "cr-child-s", "name": "Child S", "type": "lcspr", "notified": "2024-01-16",
     "status": "in-progress",
     "note": "Practitioner learning events held; the family has been invited to "
             "contribute."},
    {"id": "cr-baby-v", "name": "Baby V", "type": "rapid-review",
     "notified": "2024-03-13", "status": "closed", "signedOff": "2024-04-03"},
    {"id": "cr-child-d", "name": "Child D", "type": "lcspr", "notified": "2025-01-14",
     "status": "notified"},
]


def case_review_events():
    """(date, entry dict) pairs for the case review group's minutes."""
    ev = []

    def add(date, text, p=None, c=None):
        e = {"t": text}
        if p:
            e["p"] = p
        if c:
            e["c"] = c
        ev.append((D(date), e))

    add("2023-09-01", "We checked the court timetable for Family M; publication stays on "
                      "hold until the criminal trial has finished.")
    add("2024-08-30", "We heard that the Family M trial had been moved to 2025 and "
                      "agreed to tell the national panel about the further delay.")
    add("2023-09-05", "We signed off the thematic review of injuries to babies and agreed "
                      "a launch for practitioners in January.")
    add("2024-01-22", "We noted the publication of the thematic review of injuries to "
                      "babies, with a "
                      + L("7-minute briefing", "case-reviews/injuries-to-babies-briefing")
                      + ".")
    add("2023-07-24", "We noted that the serious incident involving Child K was notified "
                      "to the national panel on 24 July 2023, and agreed who would sit on "
                      "the rapid review.")
    add("2023-08-31", "Following the rapid review, we agreed that Child K met the "
                      "criteria for a local child safeguarding practice review and "
                      "commissioned an independent reviewer.",
        c=["Terms of reference to focus on parental mental health and the role of "
           "fathers.",
           "Practitioner learning event planned for November."])
    add("2024-06-04", "We signed off the final report for Child K and sent it to the "
                      "national panel.",
        c=["Three recommendations for partners, with owners agreed.",
           "Family to be offered a meeting before publication."])
    add("2024-10-15", "We noted the publication of the Child K review on 15 October "
                      "2024, together with a "
                      + L("learning briefing", "case-reviews/child-k-briefing") + ".")
    add("2023-10-16", "We noted that the serious injury to Baby R was notified on 16 "
                      "October 2023 and that a rapid review would meet within 15 working "
                      "days.")
    add("2023-11-06", "We received the Baby R rapid review, signed off by the "
                      "safeguarding partners on 6 November 2023, and agreed two "
                      "recommendations about pre-birth assessment.")
    add("2024-01-16", "We noted the notification for Child S on 16 January 2024 and "
                      "agreed that the rapid review should include the school and the "
                      "family court advisory service.")
    add("2024-02-20", "Following the rapid review, we commissioned a local child "
                      "safeguarding practice review for Child S.")
    add("2024-11-20", "We received a progress update from the reviewer for Child S; the "
                      "draft report is expected in the spring.")
    add("2024-03-13", "We noted the notification for Baby V on 13 March 2024 and agreed "
                      "the rapid review panel.")
    add("2024-04-03", "We agreed that the Baby V rapid review had found no new learning "
                      "needing a full review; the hospitals trust will follow up its own "
                      "single-agency actions.")
    add("2025-01-14", "We noted the notification for Child D on 14 January 2025 and "
                      "agreed a date for the rapid review.")
    add("2025-02-04", "We considered the Child D rapid review and agreed to recommend a "
                      "local child safeguarding practice review to the partners.",
        c=["Scope to include the young person's move from CAMHS to adult mental health "
           "services."], p="transitions")
    ev.sort(key=lambda x: x[0])
    return ev


# --------------------------------------------------------------------------
# workplans and actions
# --------------------------------------------------------------------------

WP_ACTIONS = {
    "child-exploitation": [
        ("Produce a local exploitation profile from police, missing and education data, "
         "and present it to the executive.", "exploitation", "y1"),
        ("Raise the share of return home interviews offered within 72 hours to 85%.",
         "exploitation", "both"),
        ("Deliver safeguarding awareness training to every licensed taxi and private "
         "hire driver in the four districts.", "exploitation", "y1"),
        ("Run the hotel and short-let awareness scheme with district licensing teams.",
         "exploitation", "y1"),
        ("Agree a multi-agency exploitation screening tool and use it at the front "
         "door.", "exploitation", "y1"),
        ("Map mentoring and diversion offers for young people at risk of criminal "
         "exploitation.", "exploitation", "y2"),
        ("Test the transitional safeguarding pathway for exploited young people turning "
         "18.", "transitions", "y2"),
        ("Publish a communications plan for the *Spot it, Share it* campaign, shaped by "
         "young people.", None, "y2"),
        ("Review the exploitation hub's terms of reference after its first year.",
         "exploitation", "y2"),
        ("Take on the online safety actions transferred from the E-Safety subgroup.",
         None, "y2"),
    ],
    "e-safety": [
        ("Refresh the online safety guide for parents of primary-age children.", None,
         "y1"),
        ("Deliver online safety assemblies in 30 secondary schools.", None, "both"),
        ("Agree a consistent response to image-sharing incidents across schools and "
         "police.", None, "y1"),
        ("Add technology-facilitated abuse to the domestic abuse training programme.",
         "domestic-abuse", "y1"),
        ("Survey pupils about their online lives and share the results with every "
         "school.", None, "y1"),
        ("Produce a sextortion briefing for designated safeguarding leads.",
         "exploitation", "y2"),
        ("Plan the transfer of remaining actions to the Child Exploitation subgroup.",
         None, "y2"),
        ("Publish the findings of the online safety survey for parents.", None, "y2"),
    ],
    "policy-procedure": [
        ("Revise the threshold document and consult practitioners before sign-off.",
         None, "y1"),
        ("Update the bruising protocol for babies who are not yet mobile.", None, "y1"),
        ("Publish guidance on children who are not brought to health appointments.",
         "neglect", "both"),
        ("Shorten the timescales in the escalation and resolution policy.", None, "y1"),
        ("Agree a joint transitions protocol with the Safeguarding Adults Board.",
         "transitions", "y2"),
        ("Refresh the pre-birth assessment guidance using rapid review learning.", None,
         "y1"),
        ("Check that every procedure chapter has been reviewed in the last three "
         "years.", None, "y2"),
        ("Produce an easy-read leaflet about child protection conferences for parents.",
         None, "y2"),
        ("Update the honour-based abuse and forced marriage guidance.",
         "domestic-abuse", "y2"),
    ],
    "performance-qa": [
        ("Complete four multi-agency audits and publish a learning summary for each.",
         None, "both"),
        ("Redesign the partnership dashboard around the business plan priorities.",
         None, "y1"),
        ("Audit children subject to a repeat child protection plan.", None, "y1"),
        ("Audit the quality of pre-birth assessments.", None, "y1"),
        ("Run the section 11 audit and hold challenge sessions with the lowest-scoring "
         "agencies.", None, "y2"),
        ("Report attendance at strategy discussions by agency every quarter.", None,
         "y1"),
        ("Dip-sample 20 neglect cases to test use of the neglect toolkit.", "neglect",
         "y2"),
        ("Gather feedback from parents after child protection conferences.", None,
         "y2"),
        ("Dip-sample domestic abuse referrals for evidence of the child's experience.",
         "domestic-abuse", "y2"),
    ],
    "learning-development": [
        ("Publish the multi-agency training programme for the year.", None, "both"),
        ("Recruit and induct at least six new trainers to the training pool.", None,
         "y1"),
        ("Produce a 7-minute briefing for every published local review.", None, "both"),
        ("Follow up delegates three months after each course to measure impact.", None,
         "y1"),
        ("Halve the number of sessions cancelled for low enrolment.", None, "y2"),
        ("Launch a refreshed safeguarding essentials e-learning module.", None, "y2"),
        ("Hold the annual partnership learning conference.", None, "y2"),
        ("Add a lived-experience contribution to every full-day course.", None, "y1"),
    ],
    "safer-employment": [
        ("Check safer recruitment policies across all partner agencies.", None, "y1"),
        ("Review allegations data with the LADO every quarter.", None, "both"),
        ("Confirm safeguarding checks and training for home-to-school transport staff.",
         None, "both"),
        ("Run a safer recruitment workshop for voluntary and faith groups.", None, "y1"),
        ("Agree where safer employment work will sit when the subgroup ends.", None,
         "y2"),
        ("Check how partners vet agency and locum staff.", None, "y2"),
    ],
    "neglect": [
        ("Refresh the neglect strategy and launch it with partners.", "neglect", "y1"),
        ("Train 200 practitioners in the Graded Care Profile 2.", "neglect", "both"),
        ("Use the neglect screening tool at every health visiting 12-month review.",
         "neglect", "y1"),
        ("Develop a dental neglect pathway with the community dental service.",
         "neglect", "y2"),
        ("Audit whether neglect plans improve children's daily lives.", "neglect", "y2"),
        ("Work with district housing teams on damp, mould and overcrowding in family "
         "homes.", "neglect", "y1"),
        ("Map the early help support available to families at risk of neglect.",
         "early-help", "y1"),
        ("Produce a guide for secondary schools on recognising neglect in teenagers.",
         "neglect", "y2"),
    ],
}

# Owner of each WP_ACTIONS item, in the same order.
WP_OWNERS = {
    "child-exploitation": ["samuel-adeyemi", "bethany-crowe", "peter-quinlan",
                           "peter-quinlan", "bethany-crowe", "kieran-walsh",
                           "aisha-bello", "simon-okafor", "samuel-adeyemi",
                           "rebecca-lowe"],
    "e-safety": ["kieran-walsh", "louise-partridge", "alistair-fenwick", "rebecca-lowe",
                 "simon-okafor", "rebecca-lowe", "rebecca-lowe", "alistair-fenwick"],
    "policy-procedure": ["sophie-hargreaves", "joanne-ellery", "joanne-ellery",
                         "sophie-hargreaves", "sophie-hargreaves", "zoe-fairbairn",
                         "owen-thwaite", "miriam-stokes", "aisha-bello"],
    "performance-qa": ["leah-okonkwo", "imran-siddiqui", "leah-okonkwo",
                       "natalie-brennan", "leah-okonkwo", "imran-siddiqui",
                       "ravi-chandran", "miriam-stokes", "samuel-adeyemi"],
    "learning-development": ["grace-whitlock", "grace-whitlock", "sophie-hargreaves",
                             "natalie-brennan", "grace-whitlock", "louise-partridge",
                             "jenny-tranter", "sophie-hargreaves"],
    "safer-employment": ["daniel-marsh", "daniel-marsh", "colin-dunmore",
                         "kieran-walsh", "daniel-marsh", "mark-ainsworth"],
    "neglect": ["tomasz-nowak", "tomasz-nowak", "zoe-fairbairn", "ade-ogunleye",
                "tomasz-nowak", "harriet-voss", "tomasz-nowak", "rachel-kettering"],
}

RAG_NOTES = {
    "red": [
        "No update received; escalated to the chair.",
        "Lead officer post vacant; the timescale is at risk.",
        "Work paused while the service restructures.",
        "Data not yet available from the new case management system.",
        "Funding for this work has not been confirmed.",
    ],
    "amber": [
        "Started but behind the planned timetable.",
        "Draft circulated; comments awaited from health partners.",
        "Partly done; two districts still to report.",
        "Progress made, but no evidence of impact yet.",
        "Revised due date agreed at the meeting.",
    ],
    "green": [
        "On track; update given at the meeting.",
        "Work under way as planned.",
        "First phase delivered on time.",
        "Lead confirmed and plan agreed.",
    ],
    "complete": [
        "Completed; evidence seen by the subgroup.",
        "Signed off and published on the website.",
        "Complete; to be tested in next year's audit programme.",
        "Done; closed at the meeting.",
    ],
}
QUARTER_ENDS = ["2023-06-30", "2023-09-29", "2023-12-22", "2024-03-28",
                "2024-06-28", "2024-09-30", "2024-12-20"]

BOARD_ACTIONS = [
    ("2023-06", "Bring data on domestic abuse incidents where children were present, "
                "broken down by district, to the next meeting.", "karen-holloway",
     "2023-09-12", "domestic-abuse"),
    ("2023-09", "Send the youth voice survey results to every partner agency with a "
                "request for a response.", "priya-raman", "2023-10-31", None),
    ("2023-12", "Provide a recovery plan for late GP reports to initial child protection "
                "conferences.", "catherine-doyle", "2024-03-12", None),
    ("2024-03", "Confirm partner contributions for 2024-25 in writing.",
     "marcus-pennington", "2024-05-31", None),
    ("2024-06", "Report jointly with schools on the rise in children missing "
                "education.", "rachel-kettering", "2024-09-10", "early-help"),
    ("2024-09", "Arrange publication of the Child K review once the family has seen "
                "it.", "priya-raman", "2024-10-31", None),
    ("2024-12", "Bring the draft business plan for 2025-26 to the March meeting.",
     "priya-raman", "2025-03-11", None),
]

RECOMMENDATIONS = [
    ("cr-family-m", "R1", "Agree a protocol for sharing information between probation "
                          "and children's services when a parent is released from "
                          "prison.", "gareth-pryce", "2023-09-30", None),
    ("cr-family-m", "R2", "Make sure that risk assessments for adults joining a "
                          "household include checks with other areas.", "aisha-bello",
     "2023-12-31", None),
    ("cr-thematic-nai", "R1", "Offer a coping-with-crying programme to all parents of "
                              "new babies, including fathers and partners.",
     "natalie-brennan", "2024-09-30", None),
    ("cr-thematic-nai", "R2", "Invite fathers and partners to antenatal appointments "
                              "and record whether they attended.", "zoe-fairbairn",
     "2024-06-30", None),
    ("cr-thematic-nai", "R3", "Audit the quality of pre-birth assessments within a "
                              "year of publication.", "leah-okonkwo", "2024-12-31",
     None),
    ("cr-baby-r", "R1", "Complete a pre-birth risk assessment whenever a parent has had "
                        "a previous child removed from their care.", "zoe-fairbairn",
     "2024-03-31", None),
    ("cr-baby-r", "R2", "Relaunch the bruising protocol for non-mobile babies across all "
                        "agencies.", "sophie-hargreaves", "2024-06-30", None),
    ("cr-child-k", "R1", "Agree a single route for health visitors and GPs to share "
                         "concerns about a parent's mental health.", "joanne-ellery",
     "2025-03-31", None),
    ("cr-child-k", "R2", "Make sure fathers and other men in the household are assessed "
                         "in every child and family assessment.", "sophie-hargreaves",
     "2025-03-31", None),
    ("cr-child-k", "R3", "Record and act on repeated lateness and absence from school as "
                         "a possible sign of neglect.", "alistair-fenwick", "2025-06-30",
     "neglect"),
]

RISKS = [
    ("risk-iha", "Children entering care wait too long for initial health assessments",
     "Fewer than half of initial health assessments were completed within 20 working "
     "days, so health needs of children new to care can go unmet.",
     "catherine-doyle", "2022-11-08", "2024-12-10",
     [(4, 4), (4, 4), (3, 4), (3, 3), (2, 3), (2, 2), (1, 3)]),
    ("risk-front-door", "Social worker vacancies and turnover at the front door",
     "A third of posts in the assessment teams are vacant or filled by agency staff, "
     "which slows decisions and weakens relationships with families.",
     "marcus-pennington", "2023-03-14", None,
     [(4, 4), (4, 4), (4, 4), (3, 4), (3, 4), (3, 3), (3, 3)]),
    ("risk-school-nursing", "Reduced school nursing capacity delays early identification "
                            "of neglect",
     "School nursing vacancies mean fewer routine contacts in which neglect is "
     "noticed.", "joanne-ellery", "2023-06-13", None,
     [(3, 3), (3, 4), (4, 4), (4, 4), (4, 3), (3, 3), (3, 3)]),
    ("risk-unregistered", "Children placed in unregistered accommodation outside "
                          "Northvale",
     "A shortage of suitable placements means some older children are placed in "
     "settings that are not registered, far from home.", "marcus-pennington",
     "2023-06-13", None,
     [(3, 5), (3, 5), (4, 5), (4, 5), (3, 5), (3, 5), (3, 4)]),
    ("risk-gp-reports", "GP reports arrive late for initial child protection "
                        "conferences",
     "Conferences often go ahead without the GP's view, so health history is missing "
     "from decisions.", "ravi-chandran", "2023-09-12", None,
     [(4, 3), (4, 3), (3, 3), (3, 3), (2, 3), (2, 3)]),
    ("risk-funding", "Partner contributions do not cover the agreed partnership budget",
     "Contributions have not risen in line with costs; review and training budgets "
     "would be cut first.", "priya-raman", "2023-12-12", None,
     [(3, 3), (3, 3), (2, 3), (2, 3), (2, 3)]),
    ("risk-da-funding", "Specialist domestic abuse support for children ends with grant "
                        "funding",
     "The children's domestic abuse recovery service is funded by a grant that ends in "
     "March 2025.", "karen-holloway", "2024-03-12", None,
     [(4, 4), (4, 4), (3, 4), (3, 4)]),
    ("risk-data-sharing", "Hospital record system does not yet share safeguarding "
                          "flags with children's services",
     "The new patient record went live without the agreed interface, so child "
     "protection flags have to be checked by hand.", "mark-ainsworth", "2024-06-11",
     None, [(3, 4), (3, 3), (2, 3)]),
]
RISK_NOTES_UP = ["Position has worsened since the last review.",
                 "New information raises the likelihood.",
                 "Escalated by the executive; further action needed."]
RISK_NOTES_DOWN = ["Mitigation is starting to work.",
                   "Improvement seen in the latest quarter's data.",
                   "Recovery plan on track; score reduced."]
RISK_NOTES_SAME = ["No material change.", "Actions continuing; score unchanged.",
                   "Reviewed; controls still adequate."]


# --------------------------------------------------------------------------
# money, training, facts, texts, newsletters
# --------------------------------------------------------------------------

FUNDING_2023 = [
    ("nvcc", 15568300, None), ("nv-police", 2429000, None), ("nv-icb", 7018000, None),
    ("probation", 173500, "Contribution set nationally."),
    ("nvh-trust", 122700, None),
    ("harrowmere-dc", 1063300, None), ("stonebeck-dc", 1063300, None),
    ("fernleigh-dc", 531700, None), ("caldmoor-dc", 531700, None),
    ("nv-fcas", 55000, "Fixed national contribution."),
    ("nv-camhs", 800000, None),
]
FUNDING_UPLIFT = {"nv-fcas": 1.0, "probation": 1.0, "nv-icb": 1.05}
SPENDING = {
    "2023-24": [("staffing", 18240000, "Business manager, administrator and training "
                                        "coordinator."),
                ("independent-chair", 3250000, None),
                ("case-reviews", 4100000, "Independent reviewer for Child K and the "
                                          "thematic review."),
                ("training", 1860000, "Venues, trainer fees and the booking system."),
                ("website", 620000, None)],
    "2024-25": [("staffing", 19020000, None),
                ("independent-chair", 3380000, None),
                ("case-reviews", 4850000, "Reviewers for Child S and Child D."),
                ("training", 1790000, None),
                ("website", 740000, "Includes the accessibility upgrade.")],
}

COURSES = [
    ("c-core", "Safeguarding Children: Core Multi-Agency Practice", "full-day",
     "The partnership's foundation course: recognising abuse and neglect, making a "
     "referral, and what happens next."),
    ("c-neglect", "Recognising and Responding to Neglect", "full-day",
     "Uses case studies to help practitioners spot cumulative harm and plan help that "
     "lasts."),
    ("c-domestic-abuse", "Domestic Abuse: Seeing the Child", "full-day",
     "Focuses on the child's experience of living with domestic abuse and on safety "
     "planning with the non-abusing parent."),
    ("c-exploitation", "Child Exploitation: Spotting the Signs and Acting Together",
     "full-day", "Covers sexual and criminal exploitation, county lines, and the "
     "exploitation hub referral route."),
    ("c-disabled", "Safeguarding Disabled Children", "full-day",
     "Why disabled children are at greater risk, and how to communicate with children "
     "who do not use speech."),
    ("c-parents", "When Parents Struggle: Mental Health, Substance Use and Children",
     "full-day", "How parental difficulties affect children at different ages, and "
     "how adult and children's services can work together."),
    ("c-gcp2", "Graded Care Profile 2: Practitioner Training", "half-day",
     "Practical training in the neglect assessment tool used across Northvale."),
    ("c-conferences", "Child Protection Conferences: Reports and Participation",
     "half-day", "Writing reports that families can understand, and helping children "
     "and parents take part."),
    ("c-lado", "The Role of the LADO", "briefing",
     "A one-hour briefing on managing allegations against adults who work with "
     "children."),
    ("c-review-learning", "Learning from Local Reviews", "briefing",
     "A lunchtime briefing on findings from recent local reviews and what they mean "
     "for practice."),
    ("c-info-sharing", "Information Sharing in Safeguarding", "bespoke",
     "Commissioned from an independent trainer and run jointly with the adults board."),
    ("c-childrens-homes", "Exploitation Awareness for Children's Home Staff", "bespoke",
     "Delivered on site for residential staff, tailored to each home."),
    ("c-elearning", "Safeguarding Essentials (e-learning)", "e-learning",
     "A self-paced module for volunteers and staff new to safeguarding."),
]
COURSE_FORMAT = {c[0]: c[2] for c in COURSES}
PLACES = {"full-day": 30, "half-day": 25, "briefing": 40, "bespoke": 20}

TRAINING_PLAN = {
    "2023-24": {
        "sessions": {"c-core": 5, "c-neglect": 4, "c-domestic-abuse": 4,
                     "c-exploitation": 4, "c-disabled": 3, "c-parents": 4,
                     "c-gcp2": 3, "c-conferences": 2, "c-lado": 2,
                     "c-review-learning": 2, "c-childrens-homes": 1,
                     "c-info-sharing": 4},
        "cancel": ["trainer-illness", "trainer-illness", "trainer-unavailable",
                   "low-enrolment", "low-enrolment", "low-enrolment", "low-enrolment"],
        "full_day_total": 426, "other_total": 201, "info_sharing_total": 54,
        "elearning": [("2023-06-30", 312), ("2023-09-29", 287), ("2023-12-29", 344),
                      ("2024-03-28", 401)],
    },
    "2024-25": {
        "sessions": {"c-core": 5, "c-neglect": 4, "c-domestic-abuse": 4,
                     "c-exploitation": 4, "c-disabled": 3, "c-parents": 3,
                     "c-gcp2": 4, "c-conferences": 2, "c-lado": 2,
                     "c-review-learning": 3, "c-childrens-homes": 2},
        "cancel": ["trainer-illness", "low-enrolment", "low-enrolment", "other"],
        "full_day_total": 451, "other_total": 223, "info_sharing_total": 0,
        "elearning": [("2024-06-28", 366), ("2024-09-30", 352), ("2024-12-20", 418),
                      ("2025-02-28", 297)],
    },
}
CANCEL_NOTES = {
    "trainer-illness": ["Trainer unwell on the day; delegates offered the next date.",
                        "Cancelled the evening before because the trainer was ill."],
    "trainer-unavailable": ["The independent trainer withdrew from the pool."],
    "low-enrolment": ["Only four bookings a week before.",
                      "Too few bookings; merged with the following session.",
                      "Cancelled for low bookings during school holidays.",
                      "Fewer than six places booked."],
    "other": ["Venue unavailable at short notice because of flooding."],
}
HELD_NOTES = ["Delivered online.", "Run jointly with the Northvale Safeguarding Adults "
              "Board.", "Included a parent's account of child protection.",
              "Held at Fernleigh College.", "Waiting list; an extra date was added.",
              "Mostly early years and school staff."]

SOURCES = [
    ("src-ons-mye", "Office for National Statistics, mid-year population estimates, "
                    "mid-2023", f"{EXAMPLE}/sources/population-estimates-2023"),
    ("src-births", "Office for National Statistics, births by area of usual residence, "
                   "2023", f"{EXAMPLE}/sources/births-2023"),
    ("src-schools", "Department for Education, Schools, pupils and their "
                    "characteristics, January 2024", f"{EXAMPLE}/sources/school-census-2024"),
    ("src-cin", "Department for Education, Children in need and child protection "
                "statistics, 2024", f"{EXAMPLE}/sources/children-in-need-2024"),
    ("src-cla", "Department for Education, Children looked after in England, 2024",
     f"{EXAMPLE}/sources/children-looked-after-2024"),
    ("src-low-income", "Department for Work and Pensions, Children in low income "
                       "families, 2022-23", f"{EXAMPLE}/sources/low-income-2023"),
    ("src-jsna", "Northvale Joint Strategic Needs Assessment: children and young people, "
                 "2024", f"{EXAMPLE}/jsna/children-2024"),
]

KEY_FACTS = {
    "2024-25": [
        ("child-population", "children and young people aged 0 to 17 live in Northvale",
         "128,400", None, "src-ons-mye"),
        ("births", "babies are born to Northvale mothers each year", "5,930", None,
         "src-births"),
        ("fsm-primary", "of children in nursery and primary school claim free school "
                        "meals", "14.2%", "24.6% in England", "src-schools"),
        ("minority-ethnic", "of school pupils are from a minority ethnic group",
         "21.4%", "37.4% in England", "src-schools"),
        ("eal", "of pupils have a first language other than English", "11.8%",
         "21.4% in England", "src-schools"),
        ("low-income", "of children under 16 live in relative low income families",
         "11.9%", "19.8% in England", "src-low-income"),
        ("cp-plans", "children were subject to a child protection plan on 31 March",
         "498", "a rate of 39 per 10,000; England 41", "src-cin"),
        ("cla", "children were looked after by the county council on 31 March", "612",
         "a rate of 48 per 10,000; England 70", "src-cla"),
    ],
    "2023-24": [
        ("child-population", "children and young people aged 0 to 17 live in Northvale",
         "127,900", None, "src-ons-mye"),
        ("fsm-primary", "of children in nursery and primary school claim free school "
                        "meals", "13.6%", "23.8% in England", "src-schools"),
        ("low-income", "of children under 16 live in relative low income families",
         "12.4%", "20.1% in England", "src-low-income"),
        ("cp-plans", "children were subject to a child protection plan on 31 March",
         "531", "a rate of 42 per 10,000; England 42", "src-cin"),
        ("cla", "children were looked after by the county council on 31 March", "597",
         "a rate of 47 per 10,000; England 71", "src-cla"),
    ],
}

REPORT_TEXTS = {
    "2023-24": {
        "foreword":
            "Welcome to the annual report of the Northvale Safeguarding Children "
            "Partnership for 2023-24.\n\n"
            "This was a year of steady work rather than headlines. Our subgroups met "
            "regularly, the training pool ran more sessions than the year before, and "
            "the Child Death Overview Panel kept pace with every notification it "
            "received. Behind each of those figures are practitioners who made time for "
            "partnership work on top of demanding jobs, and we thank them.\n\n"
            "We have written this report the way we run our meetings: for each thing we "
            "did, we ask what difference it made for children. Some answers are still "
            "*early signs* rather than proof, and we say so. Where the evidence is thin, "
            "that tells us where to look next.\n\n"
            "Dr Ruth Calloway, Independent Chair and Scrutineer",
        "next":
            "In 2024-25 we will:\n"
            "- keep our five priorities and add children's emotional and mental health, "
            "led by Northvale Minds;\n"
            "- hand the lead for exploitation to Northvale Police;\n"
            "- test whether the refreshed neglect strategy is changing children's daily "
            "lives;\n"
            "- publish the Child K review and make sure its learning reaches GP "
            "practices and schools;\n"
            "- ask whether every subgroup still earns its place, and close those whose "
            "work has become routine.",
        "training-went-well":
            "- Attendance was good across agencies, and schools and GP practices were "
            "better represented than before.\n"
            "- Delegates rated the full-day courses highly, especially sessions that "
            "included a parent's or young person's account.\n"
            "- Places sold to organisations outside the partnership helped to pay for "
            "the training pool.",
        "training-to-improve":
            "- Seven full-day sessions were cancelled: two because the trainer was ill, "
            "one because a trainer left the pool, and four because too few people "
            "booked.\n"
            "- The booking system tells us who came, but not what they did differently "
            "afterwards.\n"
            "- The trainer pool is shrinking and depends on a handful of committed "
            "people.",
        "intro:child-exploitation":
            "The subgroup spent the year building a shared picture of exploitation in "
            "Northvale. Its local profile brought together police intelligence, missing "
            "episodes and school exclusions for the first time, and showed that risk is "
            "concentrated around two transport hubs rather than spread evenly across the "
            "county.",
        "intro:neglect":
            "The subgroup launched the refreshed neglect strategy in the autumn and "
            "concentrated on training: by March, 186 practitioners had been trained in "
            "the Graded Care Profile 2. One planned meeting was cancelled because too "
            "few members could attend during the half-term week.",
        "intro:performance-qa":
            "Four multi-agency audits were completed this year. Each one now ends with a "
            "one-page learning summary for practitioners and a short action plan that "
            "the subgroup follows up.",
    },
    "2024-25": {
        "foreword":
            "This is the partnership's report for 2024-25, a year in which we asked "
            "harder questions of ourselves.\n\n"
            "We published the Child K review, and its lessons about fathers and about "
            "parents' mental health have already changed how assessments are written. "
            "We closed two subgroups whose work had become routine, and moved their "
            "remaining actions to groups that will carry them on. We added children's "
            "emotional and mental health to our priorities because young people, and "
            "the child death panel, told us we must.\n\n"
            "Not everything went to plan. Publication of the Family M review is still "
            "delayed, and two risks on our log remain red. We explain why, and what we "
            "are doing about them.\n\n"
            "Dr Ruth Calloway, Independent Chair and Scrutineer",
        "next":
            "In 2025-26 we will:\n"
            "1. agree a new three-year business plan with the safeguarding partners;\n"
            "2. publish the Child S review and complete the review for Child D;\n"
            "3. extend domestic abuse notifications from schools to GP practices across "
            "the county;\n"
            "4. measure the impact of training three months after each course, not only "
            "on the day.",
        "training-went-well":
            "- More people attended full-day courses than last year, and fewer sessions "
            "were cancelled.\n"
            "- The refreshed e-learning module was completed by more than 1,400 people.\n"
            "- Every full-day course now includes a contribution from someone with lived "
            "experience.",
        "training-to-improve":
            "- Four sessions were still cancelled, two of them for low enrolment in the "
            "summer.\n"
            "- Three-month follow-up is in place for only two courses so far.\n"
            "- Bookings from the district councils and the voluntary sector fell.",
        "intro:child-exploitation":
            "A new chair, Bethany Crowe, took over in July. The subgroup absorbed the "
            "online safety work of the E-Safety subgroup and began testing a pathway for "
            "exploited young people as they turn 18.",
        "intro:e-safety":
            "The E-Safety subgroup met twice before it concluded its work in January "
            "2025. Its remaining actions, including the sextortion briefing for "
            "schools, passed to the Child Exploitation subgroup.",
        "intro:safer-employment":
            "The Safer Employment subgroup held its final meeting in September 2024, "
            "having confirmed that safer recruitment checks are now routine across the "
            "partnership. The LADO service reports allegations data to the Policy and "
            "Procedure subgroup instead.",
        "intro:neglect":
            "The subgroup turned from launching the strategy to testing it: a dip "
            "sample of neglect plans asked whether children's days had actually "
            "changed, and a dental neglect pathway is being built with the community "
            "dental service.",
    },
}

NEWSLETTERS = [
    {"id": "info-update-21", "number": 21, "date": "2024-10-21",
     "title": "Information Update, issue 21: autumn 2024",
     "items": [
         ("Message from the partnership manager", "Welcome from Priya Raman",
          "Welcome to the 21st *Information Update*. Please pass it on to colleagues "
          "across your organisation.\n\n"
          "Since our summer issue the partnership has published the Child K review, and "
          "you will find a summary below. Our subgroups have also taken stock: two of "
          "them, E-Safety and Safer Employment, are finishing their work this year "
          "because their actions have become part of everyday practice elsewhere.\n\n"
          "If you have ideas for future issues, or want to tell us what works and what "
          "does not, write to partnership@northvale.example.", []),
         ("Information for sharing", "Safer sleep this winter",
          "Colder weather brings extra bedding, heaters and disrupted routines. The "
          "Child Death Overview Panel asks everyone who visits families with babies to "
          "repeat three messages:\n"
          "- put babies to sleep on their back, in their own clear cot or Moses basket;\n"
          "- keep the room comfortably cool and avoid hats and heavy covers indoors;\n"
          "- never fall asleep with a baby on a sofa or armchair.",
          [("Safer sleep leaflet, with translations", f"{EXAMPLE}/safer-sleep")]),
         ("Information for sharing", "Sextortion: what parents of teenage boys should "
                                     "know",
          "Northvale Police have seen more reports of young people, mostly boys aged 14 "
          "to 17, being tricked into sending images and then threatened for money. A "
          "young person who is targeted should **not pay**, should stop replying, keep "
          "the messages and tell an adult they trust.",
          [("Advice for parents and carers", f"{EXAMPLE}/online-safety/sextortion"),
           ("Briefing for designated safeguarding leads",
            f"{EXAMPLE}/online-safety/sextortion-dsl")]),
         ("Practice brief", "Was Not Brought: missed health appointments",
          "Children do not take themselves to appointments. When a child misses one, "
          "the new guidance asks practitioners to:\n"
          "1. record the child as *was not brought*, not *did not attend*;\n"
          "2. check what else is known about the child before discharging them;\n"
          "3. talk to the family and the child's other professionals if it keeps "
          "happening.\n\n"
          "Repeated missed appointments can be a sign of neglect and should be weighed "
          "alongside other concerns.",
          [("Was Not Brought guidance", f"{EXAMPLE}/procedures/was-not-brought")]),
         ("Case review publication", "Child K: review published",
          "The local child safeguarding practice review for Child K was published on 15 "
          "October 2024. It looks at how partners shared worries about a parent's "
          "mental health and how fathers were included in assessments. A **7-minute "
          "briefing** is available for team meetings.",
          [("Child K review", f"{EXAMPLE}/case-reviews/child-k"),
           ("7-minute briefing", f"{EXAMPLE}/case-reviews/child-k-briefing")]),
         ("Training", "Courses this autumn and winter",
          "Places are available on *Domestic Abuse: Seeing the Child*, *Recognising and "
          "Responding to Neglect* and the half-day session on child protection "
          "conferences. Partner agencies book free of charge; other organisations pay a "
          "small fee.",
          [("Book a place", f"{EXAMPLE}/training/book")]),
     ]},
    {"id": "info-update-22", "number": 22, "date": "2025-02-17",
     "title": "Information Update, issue 22: spring 2025",
     "items": [
         ("Message from the partnership manager", "Welcome from Priya Raman",
          "Welcome to issue 22. The E-Safety subgroup held its last meeting in January "
          "after ten years; online safety now sits with the Child Exploitation subgroup, "
          "and schools will keep receiving the same resources.\n\n"
          "We are starting work on the annual report for 2024-25. If your team has a "
          "story about a difference made for a child, we would like to hear it.", []),
         ("Information for sharing", "Family hubs open longer in Caldmoor and Fernleigh",
          "From March, the Caldmoor and Fernleigh family hubs will stay open until 7pm "
          "on Tuesdays and Thursdays, so working parents can drop in for advice on "
          "feeding, sleep, money and behaviour.",
          [("Family hub opening times", f"{EXAMPLE}/family-hubs")]),
         ("Information for sharing", "Private fostering: do you know the signs?",
          "A child under 16 (under 18 if disabled) who lives for 28 days or more with "
          "someone who is not a close relative may be privately fostered. The law says "
          "children's services must be told, but many families do not know this. If "
          "you come across such an arrangement, please make a referral.",
          [("Private fostering procedure", f"{EXAMPLE}/procedures/private-fostering")]),
         ("Practice brief", "Bruising in babies who are not yet mobile",
          "A bruise on a baby who cannot yet roll or crawl is rare and must always be "
          "taken seriously.\n"
          "- Any bruise, of any size, leads to a referral under the protocol.\n"
          "- Bruises can be harder to see on darker skin: look carefully and ask about "
          "marks the parents have noticed.\n"
          "- Do not accept an explanation without checking it with the protocol's "
          "medical lead.",
          [("Bruising protocol", f"{EXAMPLE}/procedures/bruising-non-mobile")]),
         ("Case review publication", "Family M: an update",
          "The Family M serious case review was signed off in 2020. Publication is still "
          "on hold while criminal proceedings continue. We will publish as soon as the "
          "court process allows; meanwhile, the learning has been shared through "
          "practitioner briefings.", []),
         ("Training", "New e-learning module and spring dates",
          "The refreshed *Safeguarding Essentials* module takes about 90 minutes and is "
          "free to anyone working or volunteering with children in Northvale. Spring "
          "dates for full-day courses are now open.",
          [("Start the e-learning", f"{EXAMPLE}/training/e-learning"),
           ("Full-day course dates", f"{EXAMPLE}/training/courses")]),
     ]},
]


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def make_entry(kind, spec, year, top=True):
    """Turn a bank entry into an archive entry (children omit kind)."""
    e = {}
    if top:
        e["kind"] = kind
    e["text"] = spec["t"]
    p = spec.get("p")
    if p and p in PRIORITY_KEYS[year]:
        e["priorities"] = [pid(year, p)]
    kids = []
    for c in spec.get("c", []):
        if isinstance(c, tuple):
            kids.append({"text": c[0],
                         "children": [{"text": g} for g in c[1]]})
        else:
            kids.append({"text": c})
    if kids:
        e["children"] = kids
    return e


def season_after(d):
    return {12: "spring", 1: "spring", 2: "spring", 3: "summer", 4: "summer",
            5: "summer", 6: "autumn", 7: "autumn", 8: "autumn"}.get(d.month, "winter")


class Minutes:
    """Writes the entries of every held meeting, never repeating a top-level text."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.topic_use = {}
        self.did_q = {}
        self.diff_q = {}
        for body in SPEC_DID:
            q = list(SPEC_DID[body])
            rng.shuffle(q)
            self.did_q[body] = q
            q = list(SPEC_DIFF[body])
            rng.shuffle(q)
            self.diff_q[body] = q

    def take_specs(self, queue, year, k):
        out = []
        i = 0
        while i < len(queue) and len(out) < k:
            s = queue[i]
            if s.get("y", year) == year and s["t"] not in self.used:
                out.append(queue.pop(i))
                self.used.add(s["t"])
            else:
                i += 1
        return out

    def template_entry(self, body, kind, year, attending, up, date, used_t, used_tpl):
        """A fresh sentence from a template and one of the body's topics, preferring
        the topics used least so far."""
        rng = self.rng
        templates = DID_TEMPLATES if kind == "did" else DIFF_TEMPLATES
        season = season_after(date)
        combos = []
        for topic, prio, ttype, hint in TOPICS[body]:
            if topic in used_t:
                continue
            hint = hint.split()
            here = [a for a in hint if a in attending]
            ag = AGENCY_PHRASE[rng.choice(here or hint or attending)]
            tpls = [tpl for ty, tpl in templates
                    if tpl not in used_tpl and ttype in ty
                    and ("U" not in ty or up is not None)
                    and ("x" not in ty or body != "cdop")]
            if kind == "did" and ttype != "B" and NEXT_STEPS_TEMPLATE not in used_tpl:
                tpls.append(NEXT_STEPS_TEMPLATE)
            for tpl in tpls:
                text = tpl.format(t=topic, ag=ag, up=up, season=season)
                text = text[0].upper() + text[1:]
                if text not in self.used:
                    combos.append((topic, prio, ag, tpl, text))
        if not combos:
            return None
        low = min(self.topic_use.get((body, c[0]), 0) for c in combos)
        best = [c for c in combos if self.topic_use.get((body, c[0]), 0) <= low + 1]
        steps = [c for c in best if c[3] == NEXT_STEPS_TEMPLATE]
        if steps and rng.random() < 0.08:
            topic, prio, ag, tpl, text = rng.choice(steps)
        else:
            topic, prio, ag, tpl, text = rng.choice(
                [c for c in best if c[3] != NEXT_STEPS_TEMPLATE] or best)
        self.used.add(text)
        used_t.add(topic)
        used_tpl.add(tpl)
        self.topic_use[(body, topic)] = self.topic_use.get((body, topic), 0) + 1
        e = {"kind": kind, "text": text}
        if prio and prio in PRIORITY_KEYS[year] and rng.random() < 0.7:
            e["priorities"] = [pid(year, prio)]
        if tpl == NEXT_STEPS_TEMPLATE:
            kids = []
            for step in rng.sample(NEXT_STEPS, rng.randint(2, 3)):
                st = step.format(ag=ag)
                kids.append({"text": st[0].upper() + st[1:]})
            e["children"] = kids
        return e


def build(rng):
    archive = {"format": "boarddesk-archive", "version": 1,
               "partnership": PARTNERSHIP}

    # agencies and people
    archive["agencies"] = [{"id": a[0], "name": a[1], "shortName": a[2], "sector": a[3]}
                           for a in AGENCIES]
    people = []
    for p in PEOPLE:
        r = {"id": p[0], "name": p[1]}
        if p[2]:
            r["agency"] = p[2]
        r["title"] = p[3]
        if p[4]:
            r["email"] = p[4]
        people.append(r)
    archive["people"] = people

    # meetings skeleton (dates first, so concluded dates are known)
    skeleton = []
    for body, (wd, n, time, place, months) in SCHEDULE.items():
        for year in YEARS:
            for ym in months.get(year, []):
                y, m = int(ym[:4]), int(ym[5:])
                date = nth_weekday(y, m, wd, n)
                assert fy_of(date) == year, (body, date)
                if (body, ym) in CANCELLED:
                    status = "cancelled"
                elif date > NOW:
                    status = "planned"
                else:
                    status = "held"
                skeleton.append({"body": body, "date": date, "ym": ym, "year": year,
                                 "time": time, "place": place, "status": status})
    skeleton.sort(key=lambda s: (s["date"], s["body"]))
    for body in CONCLUDES_AT_LAST_MEETING:
        last = max(s["date"] for s in skeleton if s["body"] == body)
        BODY[body]["concluded"] = last.isoformat()

    bodies = []
    for b in BODIES:
        r = {"id": b["id"], "name": b["name"], "kind": b["kind"]}
        for k in ("parent", "purpose", "established", "concluded"):
            if b.get(k):
                r[k] = b[k]
        bodies.append(r)
    archive["bodies"] = bodies

    mrows = membership_rows()
    memberships = []
    for r in mrows:
        out = {"body": r["body"], "person": r["person"], "role": r["role"]}
        if r["from"]:
            out["from"] = r["from"]
        if r["to"]:
            out["to"] = r["to"]
        memberships.append(out)
    archive["memberships"] = memberships

    priorities = []
    for year in YEARS:
        for key, title, lead, desc in PRIORITIES[year]:
            priorities.append({"id": pid(year, key), "year": year, "title": title,
                               "leadAgency": lead, "description": desc})
    archive["priorities"] = priorities

    # ---- meetings
    minutes = Minutes(rng)
    held_count = {}
    for s in skeleton:
        if s["status"] == "held":
            held_count[s["body"]] = held_count.get(s["body"], 0) + 1
    held_seen = {}
    cdop_i = {y: 0 for y in YEARS}
    cr_events = case_review_events()
    last_crg = None
    meetings = []
    body_people = {}
    for s in skeleton:
        body, date, year = s["body"], s["date"], s["year"]
        mid = f"{body}-{date.isoformat()}"
        loc = "virtual" if rng.random() < 0.35 else s["place"]
        m = {"id": mid, "body": body, "date": date.isoformat(), "time": s["time"],
             "location": loc, "status": s["status"]}
        s["id"] = mid
        if s["status"] != "held":
            meetings.append(m)
            continue
        m["minutes"] = "draft"
        if body == "cdop":
            m["casesReviewed"] = CDOP_CASES[year][cdop_i[year]]
            cdop_i[year] += 1

        # attendance
        members = active_members(body, date, mrows)
        listed = {p for p, _ in members}
        att = []
        for person, role in members:
            r = rng.random()
            if role in ("chair", "secretariat"):
                status = "present" if r < 0.93 or role == "secretariat" else "apologies"
            elif r < 0.72:
                status = "present"
            elif r < 0.84:
                status = "apologies"
            elif r < 0.95:
                status = "deputy"
            else:
                status = "absent"
            if status == "deputy":
                cands = [p for p in DEPUTIES.get(person, []) if p not in listed]
                if cands:
                    dep = rng.choice(cands)
                    listed.add(dep)
                    att.append({"person": dep, "status": "deputy", "deputyFor": person})
                    continue
                status = "apologies"
            att.append({"person": person, "status": status})
        m["attendance"] = att
        attending_agencies = []
        for a in att:
            ag = PERSON_AGENCY[a["person"]]
            if a["status"] in ("present", "deputy") and ag and ag not in attending_agencies:
                attending_agencies.append(ag)
        attending_agencies = attending_agencies or ["nvcc"]

        # entries
        i = held_seen.get(body, 0)
        held_seen[body] = i + 1
        total = held_count[body]
        up = None
        if body == "executive":
            up = "the board"
        elif body != "board":
            up = "the executive"
        kind_of = BODY[body]["kind"]
        lo, hi = {"board": (6, 9), "executive": (5, 8), "panel": (4, 7),
                  "review-group": (4, 7)}.get(kind_of, (4, 8))
        n_did = rng.randint(lo, hi)
        n_diff = rng.randint(1, 4) if kind_of != "board" else rng.randint(2, 4)

        did, diff, notes = [], [], []
        for kind, spec in special_entries(body, s["ym"], year, None):
            minutes.used.add(spec["t"])
            (did if kind == "did" else notes).append(make_entry(kind, spec, year))
        if body == "cdop":
            n = m["casesReviewed"]
            mod = rng.randint(0, n // 2)
            pool = CDOP_LEAD if mod else CDOP_LEAD_NONE
            for k in range(len(pool) * 2):
                text = pool[(i + k) % len(pool)].format(n=n, m=mod)
                if text not in minutes.used:
                    break
            minutes.used.add(text)
            cats = {}
            for _ in range(n):
                c = rng.choice(CDOP_CATEGORIES)
                cats[c] = cats.get(c, 0) + 1
            kids = [{"text": f"{c}: {cats[c]}"} for c in CDOP_CATEGORIES if c in cats]
            did.append({"kind": "did", "text": text, "children": kids})
        if body == "case-review-group":
            for ev_date, spec in cr_events:
                if (last_crg is None or ev_date > last_crg) and ev_date <= date:
                    minutes.used.add(spec["t"])
                    did.append(make_entry("did", spec, year))
            last_crg = date
        # spread the hand-written entries evenly over the body's meetings
        left_meetings = total - i
        k = math.ceil(len([q for q in minutes.did_q[body] if q.get("y", year) == year])
                      / max(1, left_meetings))
        k = min(k, max(0, n_did - len(did)), 4)
        for spec in minutes.take_specs(minutes.did_q[body], year, k):
            did.append(make_entry("did", spec, year))
        used_t, used_tpl = set(), set()
        while len(did) < n_did:
            e = minutes.template_entry(body, "did", year, attending_agencies, up,
                                       date, used_t, used_tpl)
            if e is None:
                break
            did.append(e)
        did = did[:10]
        k = math.ceil(len([q for q in minutes.diff_q[body] if q.get("y", year) == year])
                      / max(1, left_meetings))
        k = min(k, n_diff)
        for spec in minutes.take_specs(minutes.diff_q[body], year, k):
            diff.append(make_entry("difference", spec, year))
        used_t, used_tpl = set(), set()
        while len(diff) < n_diff:
            e = minutes.template_entry(body, "difference", year, attending_agencies,
                                       up, date, used_t, used_tpl)
            if e is None:
                break
            diff.append(e)
        m["entries"] = did + diff + notes
        meetings.append(m)
        body_people[mid] = [a["person"] for a in att]

    # next-meeting notes, approvals
    by_body = {}
    for m in meetings:
        by_body.setdefault(m["body"], []).append(m)
    for body, ms in by_body.items():
        held = [m for m in ms if m["status"] == "held"]
        for a, b in zip(held, held[1:]):
            a["minutes"] = "approved"
            a["approvedOn"] = b["date"]
        for a, b in zip(ms, ms[1:]):
            if a["status"] == "held" and rng.random() < 0.2:
                a["entries"].append({"kind": "note", "text": "The next meeting was set "
                                     f"for {british(D(b['date']))}."})
    # key order for meetings
    order = ["id", "body", "date", "time", "location", "status", "minutes",
             "approvedOn", "casesReviewed", "attendance", "entries"]
    meetings = [{k: m[k] for k in order if k in m} for m in meetings]
    archive["meetings"] = meetings
    held_by_body = {}
    for m in meetings:
        if m["status"] == "held":
            held_by_body.setdefault(m["body"], []).append(m)

    # ---- workplans and actions
    workplans, actions = [], []
    carried_from = {}  # (body, text) -> the 2023-24 action carried forward
    rag_levels = ["red", "amber", "green", "complete"]

    def rag_path(k, final):
        """k ratings ending in final; earlier ones never complete."""
        fi = rag_levels.index(final)
        if k == 1:
            return [final]
        if final == "red":
            path = [rng.choice([0, 1])]
            for _ in range(k - 2):
                path.append(rng.choice([0, path[-1]]))
        else:
            cap = min(fi, 2)
            path = [rng.randint(max(0, cap - 2), cap)]
            for _ in range(k - 2):
                path.append(min(cap, path[-1] + rng.choice([0, 0, 1])))
        path.append(fi)
        return [rag_levels[x] for x in path]

    def make_reviews(body, year, final, k_max, close=None, last_note=None):
        end = min(FY_END[year], NOW)
        if close:
            end = min(end, close)
        mt = [m for m in held_by_body.get(body, [])
              if FY_START[year] <= D(m["date"]) <= end]
        qe = [D(q) for q in QUARTER_ENDS if FY_START[year] <= D(q) <= end]
        cands = [(D(m["date"]), m["id"]) for m in mt]
        cands += [(q, None) for q in qe if q not in [c[0] for c in cands]]
        cands.sort()
        k = min(len(cands), rng.randint(2, k_max))
        with_meeting = [c for c in cands if c[1]]
        if with_meeting:
            first = rng.choice(with_meeting)
            rest = [c for c in cands if c != first]
            chosen = sorted([first] + rng.sample(rest, k - 1))
        else:
            chosen = sorted(rng.sample(cands, k))
        rags = rag_path(len(chosen), final)
        revs = []
        for (d, mid), rag in zip(chosen, rags):
            r = {"date": d.isoformat(), "rag": rag, "note": rng.choice(RAG_NOTES[rag])}
            if mid:
                r["meeting"] = mid
            revs.append(r)
        if last_note:
            revs[-1]["note"] = last_note
        return revs

    for body in SUBGROUPS:
        concluded = BODY[body].get("concluded")
        for yi, year in enumerate(YEARS):
            wid = f"wp-{body}-{year}"
            wp = {"id": wid, "body": body,
                  "title": f"{BODY[body]['name']} workplan {year}", "year": year}
            close = None
            if yi == 0:
                nxt = [m for m in held_by_body.get(body, [])
                       if fy_of(D(m["date"])) == YEARS[1]]
                close = D(nxt[0]["date"]) if nxt else D("2024-04-30")
                if close > D("2024-07-31"):
                    close = D("2024-04-30")
                wp["status"] = "closed"
                wp["closedOn"] = close.isoformat()
            elif concluded:
                close = D(concluded)
                wp["status"] = "closed"
                wp["closedOn"] = concluded
            else:
                wp["status"] = "open"
            workplans.append(wp)
            tag = "y1" if yi == 0 else "y2"
            items = [(a, o) for a, o in zip(WP_ACTIONS[body], WP_OWNERS[body])
                     if a[2] in (tag, "both")]
            for j, ((text, prio, when), owner) in enumerate(items):
                ref = f"{j // 3 + 1}.{j % 3 + 1}"
                original = text
                if yi == 0:
                    if when == "both":
                        final = rng.choice(["amber", "green"])
                        last_note = "Carried forward to the 2024-25 workplan."
                    else:
                        final = "complete" if rng.random() < 0.85 else "green"
                        last_note = (None if final == "complete" else
                                     "Closed with the plan; the remaining work is now "
                                     "routine.")
                    due = rng.choice(["2023-09-30", "2023-12-31", "2024-03-31"])
                else:
                    if when == "both":
                        text = text + " (carried forward from 2023-24)"
                    if concluded:
                        final = rng.choice(["complete", "complete", "green"])
                        last_note = (None if final == "complete" else
                                     "Transferred when the subgroup concluded.")
                    else:
                        final = rng.choices(rag_levels, weights=[25, 35, 30, 10])[0]
                        last_note = None
                    due = rng.choice(["2024-09-30", "2024-12-31", "2025-03-31"])
                    if final == "red":
                        due = "2024-12-31"
                a = {"id": f"{body}-{year}-{ref}", "body": body, "text": text,
                     "ref": ref, "workplan": wid, "owner": owner,
                     "ownerAgency": PERSON_AGENCY[owner], "due": due}
                if prio and prio in PRIORITY_KEYS[year]:
                    a["priorities"] = [pid(year, prio)]
                a["reviews"] = make_reviews(body, year, final, 5, close, last_note)
                # An action carried into the next year's plan names the one it continues.
                if when == "both" and yi == 0:
                    carried_from[(body, original)] = a["id"]
                elif when == "both" and (body, original) in carried_from:
                    a["carriedFrom"] = carried_from[(body, original)]
                actions.append(a)
    archive["workplans"] = workplans

    # board action log
    board_held = held_by_body["board"]
    for ym, text, owner, due, prio in BOARD_ACTIONS:
        raised = next(m for m in board_held if m["date"].startswith(ym))
        year = fy_of(D(raised["date"]))
        later = [m for m in board_held if m["date"] > raised["date"]][:2]
        a = {"id": f"board-log-{raised['date']}", "body": "board", "text": text,
             "raisedAt": raised["id"], "owner": owner,
             "ownerAgency": PERSON_AGENCY[owner], "due": due}
        if prio and prio in PRIORITY_KEYS[year]:
            a["priorities"] = [pid(year, prio)]
        revs = []
        if later:
            rags = ["amber", "complete"] if len(later) == 2 else [
                rng.choice(["green", "complete"])]
            for m, rag in zip(later, rags):
                revs.append({"date": m["date"], "rag": rag,
                             "note": rng.choice(RAG_NOTES[rag]), "meeting": m["id"]})
        else:
            revs.append({"date": "2025-02-14", "rag": "green",
                         "note": "Draft circulated to members by email."})
        a["reviews"] = revs
        actions.append(a)

    # case review recommendations
    crg_held = held_by_body["case-review-group"]
    cr_by_id = {c["id"]: c for c in CASE_REVIEWS}
    for crid, ref, text, owner, due, prio in RECOMMENDATIONS:
        cr = cr_by_id[crid]
        start = cr.get("signedOff", "2023-04-01")
        mts = [m for m in crg_held if m["date"] > start and m["date"] <= NOW.isoformat()]
        if start < "2023-04-01":
            mts = [m for m in crg_held if m["date"] < "2024-01-01"]
        k = min(len(mts), rng.randint(2, 4))
        chosen = mts[:k]
        if due < "2024-07-01":
            final = "complete"
        else:
            final = rng.choice(["amber", "green", "complete"])
        rags = rag_path(len(chosen), final) if chosen else []
        year = fy_of(D(chosen[0]["date"])) if chosen else "2024-25"
        a = {"id": f"{crid}-{ref.lower()}", "body": "case-review-group", "text": text,
             "ref": ref, "caseReview": crid, "owner": owner,
             "ownerAgency": PERSON_AGENCY[owner], "due": due}
        if prio and prio in PRIORITY_KEYS[year]:
            a["priorities"] = [pid(year, prio)]
        a["reviews"] = [{"date": m["date"], "rag": rag,
                         "note": rng.choice(RAG_NOTES[rag]), "meeting": m["id"]}
                        for m, rag in zip(chosen, rags)]
        actions.append(a)
    archive["actions"] = actions

    # ---- risks
    risks = []
    for rid, title, desc, owner, opened, closed, scores in RISKS:
        mts = [m for m in board_held if m["date"] >= opened
               and (closed is None or m["date"] <= closed)]
        mts = mts[-len(scores):]
        scores = scores[-len(mts):]
        r = {"id": rid, "body": "board", "title": title, "description": desc,
             "owner": owner, "ownerAgency": PERSON_AGENCY[owner], "opened": opened}
        if closed:
            r["closed"] = closed
        revs = []
        prev = None
        for m, (li, im) in zip(mts, scores):
            sc = li * im
            if prev is None:
                note = "Score confirmed at the board."
            elif sc > prev:
                note = rng.choice(RISK_NOTES_UP)
            elif sc < prev:
                note = rng.choice(RISK_NOTES_DOWN)
            else:
                note = rng.choice(RISK_NOTES_SAME)
            prev = sc
            revs.append({"date": m["date"], "likelihood": li, "impact": im,
                         "note": note, "meeting": m["id"]})
        if closed:
            revs[-1]["note"] = "Target met for two quarters; risk closed."
        r["reviews"] = revs
        risks.append(r)
    archive["risks"] = risks

    # ---- funding and spending
    funding = []
    for agency, pence, note in FUNDING_2023:
        r = {"year": "2023-24", "agency": agency, "amountPence": pence}
        if note:
            r["note"] = note
        funding.append(r)
    for agency, pence, note in FUNDING_2023:
        f = FUNDING_UPLIFT.get(agency, 1.03)
        r = {"year": "2024-25", "agency": agency,
             "amountPence": int(round(pence * f / 100.0)) * 100}
        if note:
            r["note"] = note
        funding.append(r)
    archive["funding"] = funding
    spending = []
    for year in YEARS:
        for cat, pence, note in SPENDING[year]:
            r = {"year": year, "category": cat, "amountPence": pence}
            if note:
                r["note"] = note
            spending.append(r)
    archive["spending"] = spending

    # ---- case reviews
    crs = []
    for c in CASE_REVIEWS:
        r = {}
        for k in ("id", "name", "type", "notified", "status", "signedOff", "published",
                  "url", "note"):
            if c.get(k):
                r[k] = c[k]
        crs.append(r)
    archive["caseReviews"] = crs

    # ---- courses and training
    archive["courses"] = [{"id": c[0], "title": c[1], "format": c[2],
                           "description": c[3]} for c in COURSES]
    sessions = []
    for year in YEARS:
        plan = TRAINING_PLAN[year]
        slots = []
        for course, count in plan["sessions"].items():
            slots += [course] * count
        rng.shuffle(slots)
        start = FY_START[year]
        end = min(FY_END[year], NOW)
        span = (end - start).days
        dates = []
        for j in range(len(slots)):
            off = int((j + 0.5) * span / len(slots)) + rng.randint(-4, 4)
            d = start + dt.timedelta(days=max(1, min(span - 1, off)))
            while d.weekday() > 3:
                d += dt.timedelta(days=1)
            if d > end:
                d -= dt.timedelta(days=7)
            dates.append(d)
        rows = [{"course": c, "date": d} for c, d in zip(slots, sorted(dates))]
        full = [r for r in rows if COURSE_FORMAT[r["course"]] == "full-day"]
        cancelled = rng.sample(full, len(plan["cancel"]))
        reasons = list(plan["cancel"])
        for r, reason in zip(cancelled, reasons):
            r["status"] = "cancelled"
            r["cancelReason"] = reason
            r["note"] = rng.choice(CANCEL_NOTES[reason])
        for r in rows:
            fmt = COURSE_FORMAT[r["course"]]
            r["places"] = PLACES[fmt]
            r.setdefault("status", "held")

        def fill(group, total, lo):
            vals = [rng.randint(lo, r["places"]) for r in group]
            while sum(vals) != total:
                j = rng.randrange(len(vals))
                if sum(vals) > total and vals[j] > lo:
                    vals[j] -= 1
                elif sum(vals) < total and vals[j] < group[j]["places"]:
                    vals[j] += 1
            for r, v in zip(group, vals):
                r["attendees"] = v

        held = [r for r in rows if r["status"] == "held"]
        fill([r for r in held if COURSE_FORMAT[r["course"]] == "full-day"],
             plan["full_day_total"], 16)
        fill([r for r in held if COURSE_FORMAT[r["course"]] != "full-day"
              and r["course"] != "c-info-sharing"], plan["other_total"], 10)
        info = [r for r in held if r["course"] == "c-info-sharing"]
        if info:
            fill(info, plan["info_sharing_total"], 8)
        for r in held:
            if "note" not in r and rng.random() < 0.25:
                r["note"] = rng.choice(HELD_NOTES)
        for d, n in plan["elearning"]:
            rows.append({"course": "c-elearning", "date": D(d), "status": "held",
                         "attendees": n,
                         "note": "Completions recorded for the quarter."})
        rows.sort(key=lambda r: (r["date"], r["course"]))
        for j, r in enumerate(rows, 1):
            out = {"id": f"ts-{year}-{j:02d}", "course": r["course"],
                   "date": r["date"].isoformat(), "status": r["status"]}
            if r["status"] == "held":
                out["attendees"] = r["attendees"]
            if "places" in r:
                out["places"] = r["places"]
            if r["status"] == "cancelled":
                out["cancelReason"] = r["cancelReason"]
            if r.get("note"):
                out["note"] = r["note"]
            sessions.append(out)
    archive["trainingSessions"] = sessions

    # ---- key facts, sources, report texts, newsletters
    kfs = []
    for year in reversed(YEARS):
        for key, label, value, comp, src in KEY_FACTS[year]:
            r = {"id": f"kf-{year}-{key}", "year": year, "label": label, "value": value}
            if comp:
                r["comparator"] = comp
            r["source"] = src
            kfs.append(r)
    archive["keyFacts"] = kfs
    archive["sources"] = [{"id": s[0], "text": s[1], "url": s[2]} for s in SOURCES]
    rts = []
    for year in YEARS:
        for section, text in REPORT_TEXTS[year].items():
            rts.append({"year": year, "section": section, "text": text})
    archive["reportTexts"] = rts
    nls = []
    for n in NEWSLETTERS:
        items = []
        for section, title, body, links in n["items"]:
            it = {"section": section, "title": title, "body": body}
            if links:
                it["links"] = [{"label": lb, "url": u} for lb, u in links]
            items.append(it)
        nls.append({"id": n["id"], "number": n["number"], "date": n["date"],
                    "title": n["title"], "items": items})
    archive["newsletters"] = nls
    return archive


def render(archive):
    return json.dumps(archive, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

ID_RE = re.compile(r"^[a-z0-9._-]{1,64}$")
YEAR_RE = re.compile(r"^(\d{4})-(\d{2})$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MMDD_RE = re.compile(r"^\d{2}-\d{2}$")
LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")

SECTORS = ["local-authority", "police", "health", "education", "probation",
           "district-council", "voluntary", "other"]
BODY_KINDS = ["board", "executive", "subgroup", "panel", "review-group", "other"]
ROLES = ["chair", "vice-chair", "member", "adviser", "secretariat"]
MEETING_STATUS = ["planned", "held", "cancelled"]
MINUTES = ["draft", "approved"]
ATT_STATUS = ["present", "apologies", "absent", "deputy"]
ENTRY_KINDS = ["did", "difference", "note"]
WP_STATUS = ["open", "closed"]
RAGS = ["red", "amber", "green", "complete"]
CR_TYPES = ["scr", "lcspr", "rapid-review", "thematic", "learning"]
CR_STATUS = ["notified", "in-progress", "signed-off", "publication-delayed",
             "published", "closed"]
FORMATS = ["full-day", "half-day", "multi-day", "bespoke", "briefing", "e-learning"]
TS_STATUS = ["held", "cancelled"]
CANCEL_REASONS = ["trainer-illness", "trainer-unavailable", "low-enrolment", "other"]
FIXED_SECTIONS = ["foreword", "next", "training-went-well", "training-to-improve"]

TOP_LISTS = ["agencies", "people", "bodies", "memberships", "priorities", "meetings",
             "workplans", "actions", "risks", "funding", "spending", "caseReviews",
             "courses", "trainingSessions", "keyFacts", "sources", "reportTexts",
             "newsletters"]
WITH_ID = ["agencies", "people", "bodies", "priorities", "meetings", "workplans",
           "actions", "risks", "caseReviews", "courses", "trainingSessions", "keyFacts",
           "sources", "newsletters"]

# field -> (type, required). Types: id, text (non-empty string), md, date, time,
# year, int0, int, ("enum", [...]), ("ref", list), ("refs", list), ("list", schema),
# ("obj", schema), "entries", "mmdd"
S = {
    "agencies": {"id": ("id", True), "name": ("text", True), "shortName": ("text", False),
                 "sector": (("enum", SECTORS), False)},
    "people": {"id": ("id", True), "name": ("text", True),
               "agency": (("ref", "agencies"), False), "title": ("text", False),
               "email": ("text", False)},
    "bodies": {"id": ("id", True), "name": ("text", True),
               "kind": (("enum", BODY_KINDS), False), "parent": (("ref", "bodies"), False),
               "purpose": ("md", False), "established": ("date", False),
               "concluded": ("date", False)},
    "memberships": {"body": (("ref", "bodies"), True), "person": (("ref", "people"), True),
                    "role": (("enum", ROLES), False), "from": ("date", False),
                    "to": ("date", False)},
    "priorities": {"id": ("id", True), "year": ("year", True), "title": ("text", True),
                   "leadAgency": (("ref", "agencies"), False), "description": ("md", False)},
    "meetings": {
        "id": ("id", True), "body": (("ref", "bodies"), True), "date": ("date", True),
        "time": ("time", False), "location": ("text", False),
        "status": (("enum", MEETING_STATUS), False), "minutes": (("enum", MINUTES), False),
        "approvedOn": ("date", False), "casesReviewed": ("int0", False),
        "attendance": (("list", {"person": (("ref", "people"), True),
                                 "status": (("enum", ATT_STATUS), True),
                                 "deputyFor": (("ref", "people"), False)}), False),
        "entries": ("entries", False)},
    "workplans": {"id": ("id", True), "body": (("ref", "bodies"), True),
                  "title": ("text", True), "year": ("year", False),
                  "status": (("enum", WP_STATUS), False), "closedOn": ("date", False)},
    "actions": {
        "id": ("id", True), "body": (("ref", "bodies"), True), "text": ("md", True),
        "ref": ("text", False), "workplan": (("ref", "workplans"), False),
        "caseReview": (("ref", "caseReviews"), False),
        "raisedAt": (("ref", "meetings"), False), "owner": (("ref", "people"), False),
        "ownerAgency": (("ref", "agencies"), False), "due": ("date", False),
        "priorities": (("refs", "priorities"), False),
        "reviews": (("list", {"date": ("date", True), "rag": (("enum", RAGS), True),
                              "note": ("text", False),
                              "meeting": (("ref", "meetings"), False)}), False),
        "carriedFrom": (("ref", "actions"), False)},
    "risks": {
        "id": ("id", True), "body": (("ref", "bodies"), True), "title": ("text", True),
        "description": ("md", False), "owner": (("ref", "people"), False),
        "ownerAgency": (("ref", "agencies"), False), "opened": ("date", True),
        "closed": ("date", False),
        "reviews": (("list", {"date": ("date", True), "likelihood": ("int", True),
                              "impact": ("int", True), "note": ("text", False),
                              "meeting": (("ref", "meetings"), False)}), False)},
    "funding": {"year": ("year", True), "agency": (("ref", "agencies"), True),
                "amountPence": ("int0", True), "note": ("text", False)},
    "spending": {"year": ("year", True), "category": ("text", True),
                 "amountPence": ("int0", True), "note": ("text", False)},
    "caseReviews": {"id": ("id", True), "name": ("text", True),
                    "type": (("enum", CR_TYPES), True), "notified": ("date", False),
                    "status": (("enum", CR_STATUS), False), "signedOff": ("date", False),
                    "published": ("date", False), "url": ("url", False),
                    "note": ("md", False)},
    "courses": {"id": ("id", True), "title": ("text", True),
                "format": (("enum", FORMATS), True), "description": ("md", False)},
    "trainingSessions": {"id": ("id", True), "course": (("ref", "courses"), True),
                         "date": ("date", True), "status": (("enum", TS_STATUS), False),
                         "attendees": ("int0", False), "places": ("int0", False),
                         "cancelReason": (("enum", CANCEL_REASONS), False),
                         "note": ("text", False)},
    "keyFacts": {"id": ("id", True), "year": ("year", True), "label": ("text", True),
                 "value": ("text", True), "comparator": ("text", False),
                 "source": (("ref", "sources"), False)},
    "sources": {"id": ("id", True), "text": ("text", True), "url": ("url", False)},
    "reportTexts": {"year": ("year", True), "section": ("text", True),
                    "text": ("md", True)},
    "newsletters": {
        "id": ("id", True), "number": ("int0", True), "date": ("date", True),
        "title": ("text", False),
        "items": (("list", {"section": ("text", True), "title": ("text", True),
                            "body": ("md", False),
                            "links": (("list", {"label": ("text", False),
                                                "url": ("url", True)}), False)}),
                  False)},
}
PARTNERSHIP_SCHEMA = {"name": ("text", True), "shortName": ("text", False),
                      "contactEmail": ("text", False), "financialYearStart": ("mmdd", False),
                      "headings": (("obj", {"did": ("text", False),
                                            "difference": ("text", False)}), False)}


class Checker:
    def __init__(self, data):
        self.data = data
        self.errors = []
        self.ids = {}
        self.md_urls = []

    def err(self, path, msg):
        self.errors.append(f"{path}: {msg}")

    # -- field types
    def date(self, path, v):
        if not isinstance(v, str) or not DATE_RE.match(v):
            self.err(path, f"{v!r} is not a YYYY-MM-DD date")
            return None
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            self.err(path, f"{v!r} is not a real date")
            return None

    def value(self, path, typ, v):
        if v is None:
            self.err(path, "null (the demo leaves optional fields out instead)")
            return
        if typ == "id":
            if not isinstance(v, str) or not ID_RE.match(v):
                self.err(path, f"{v!r} is not 1-64 characters of a-z 0-9 . _ -")
        elif typ in ("text", "md"):
            if not isinstance(v, str) or not v.strip():
                self.err(path, "must be a non-empty string")
            elif typ == "md":
                for label, url in LINK_RE.findall(v):
                    self.md_urls.append((path, url))
        elif typ == "url":
            if not isinstance(v, str) or not v.startswith("https://"):
                self.err(path, f"{v!r} is not an https URL")
        elif typ == "date":
            self.date(path, v)
        elif typ == "time":
            if not isinstance(v, str) or not TIME_RE.match(v):
                self.err(path, f"{v!r} is not HH:MM")
        elif typ == "mmdd":
            ok = isinstance(v, str) and MMDD_RE.match(v)
            if ok:
                try:
                    dt.date(2000, int(v[:2]), int(v[3:]))
                except ValueError:
                    ok = False
            if not ok:
                self.err(path, f"{v!r} is not MM-DD")
        elif typ == "year":
            mt = YEAR_RE.match(v) if isinstance(v, str) else None
            if not mt or (int(mt.group(1)) + 1) % 100 != int(mt.group(2)):
                self.err(path, f"{v!r} is not a financial year like 2018-19")
        elif typ in ("int0", "int"):
            if not isinstance(v, int) or isinstance(v, bool):
                self.err(path, f"{v!r} is not an integer")
            elif typ == "int0" and v < 0:
                self.err(path, f"{v} is negative")
        elif typ == "entries":
            self.entries(path, v)
        elif typ[0] == "enum":
            if v not in typ[1]:
                self.err(path, f"{v!r} is not one of {', '.join(typ[1])}")
        elif typ[0] == "ref":
            if not isinstance(v, str) or v not in self.ids.get(typ[1], {}):
                self.err(path, f"{v!r} is not an id in {typ[1]}")
        elif typ[0] == "refs":
            if not isinstance(v, list):
                self.err(path, "must be a list")
                return
            if len(set(v)) != len(v):
                self.err(path, "repeats an id")
            for i, x in enumerate(v):
                self.value(f"{path}[{i}]", ("ref", typ[1]), x)
        elif typ[0] == "list":
            if not isinstance(v, list):
                self.err(path, "must be a list")
                return
            for i, x in enumerate(v):
                self.record(f"{path}[{i}]", x, typ[1])
        elif typ[0] == "obj":
            self.record(path, v, typ[1])
        else:
            raise AssertionError(typ)

    def record(self, path, rec, schema):
        if not isinstance(rec, dict):
            self.err(path, "must be an object")
            return False
        for k in rec:
            if k not in schema:
                self.err(f"{path}.{k}", "unknown field")
        for k, (typ, req) in schema.items():
            if k not in rec:
                if req:
                    self.err(f"{path}.{k}", "required")
                continue
            self.value(f"{path}.{k}", typ, rec[k])
        return True

    def entries(self, path, v, depth=0, kind=None):
        if not isinstance(v, list):
            self.err(path, "must be a list")
            return
        if depth > 2:
            self.err(path, "entries nest more than two levels below the top")
            return
        for i, e in enumerate(v):
            p = f"{path}[{i}]"
            if not isinstance(e, dict):
                self.err(p, "must be an object")
                continue
            for k in e:
                if k not in ("kind", "text", "priorities", "children"):
                    self.err(f"{p}.{k}", "unknown field")
            if depth == 0:
                if "kind" not in e:
                    self.err(f"{p}.kind", "required on a top-level entry")
                    k0 = None
                else:
                    self.value(f"{p}.kind", ("enum", ENTRY_KINDS), e["kind"])
                    k0 = e["kind"]
            else:
                k0 = kind
                if "kind" in e:
                    if e["kind"] != kind:
                        self.err(f"{p}.kind", f"{e['kind']!r} differs from its "
                                              f"top-level entry's {kind!r}")
                    else:
                        self.err(f"{p}.kind", "demo rule: children omit kind")
            if "text" not in e:
                self.err(f"{p}.text", "required")
            else:
                self.value(f"{p}.text", "md", e["text"])
            if "priorities" in e:
                self.value(f"{p}.priorities", ("refs", "priorities"), e["priorities"])
            if "children" in e:
                if depth >= 2:
                    self.err(f"{p}.children", "entries nest more than two levels "
                                              "below the top")
                else:
                    self.entries(f"{p}.children", e["children"], depth + 1, k0)

    # -- the whole document
    def run(self):
        d = self.data
        if not isinstance(d, dict):
            self.err("$", "the archive must be a JSON object")
            return self.errors
        allowed = {"format", "version", "exported", "partnership"} | set(TOP_LISTS)
        for k in d:
            if k not in allowed:
                self.err(k, "unknown field")
        if "exported" in d:
            self.err("exported", "demo rule: the demo file does not carry `exported`")
        if d.get("format") != "boarddesk-archive":
            self.err("format", "must be \"boarddesk-archive\"")
        if d.get("version") != 1 or isinstance(d.get("version"), bool):
            self.err("version", "must be 1")
        if "partnership" not in d:
            self.err("partnership", "required")
        else:
            self.record("partnership", d["partnership"], PARTNERSHIP_SCHEMA)
        fys = d.get("partnership", {}).get("financialYearStart", "04-01")

        for name in TOP_LISTS:
            v = d.get(name, [])
            if not isinstance(v, list):
                self.err(name, "must be a list")
                d[name] = []
        # ids first, so that references can be checked in any order
        for name in WITH_ID:
            seen = {}
            for i, r in enumerate(d.get(name, [])):
                if not isinstance(r, dict) or "id" not in r:
                    continue
                rid = r["id"]
                if isinstance(rid, str):
                    if rid in seen:
                        self.err(f"{name}[{i}].id", f"{rid!r} repeats {name}[{seen[rid]}]")
                    else:
                        seen[rid] = i
            self.ids[name] = {k: d[name][i] for k, i in seen.items()}
        for name in TOP_LISTS:
            for i, r in enumerate(d.get(name, [])):
                self.record(f"{name}[{i}]", r, S[name])
        if self.errors:
            return self.errors
        self.cross(fys)
        return self.errors

    def cross(self, fys):
        d = self.data
        people = self.ids["people"]
        bodies = self.ids["bodies"]
        meetings = self.ids["meetings"]
        prios = self.ids["priorities"]

        def fy(date_s):
            return fy_of(D(date_s), fys)

        for i, b in enumerate(d["bodies"]):
            p = f"bodies[{i}]"
            if b.get("parent") == b["id"]:
                self.err(f"{p}.parent", "a body cannot be its own parent")
            seen, cur = set(), b
            while cur.get("parent"):
                if cur["id"] in seen:
                    self.err(f"{p}.parent", "parents form a cycle")
                    break
                seen.add(cur["id"])
                cur = bodies[cur["parent"]]
            if b.get("established") and b.get("concluded") and \
                    b["concluded"] < b["established"]:
                self.err(f"{p}.concluded", "before established")
            if b.get("kind") != "board" and not b.get("parent"):
                self.err(f"{p}.parent", "demo rule: every body but the board has a parent")

        members = {}
        for i, m in enumerate(d["memberships"]):
            p = f"memberships[{i}]"
            if m.get("from") and m.get("to") and m["to"] < m["from"]:
                self.err(f"{p}.to", "before from")
            members.setdefault(m["body"], []).append(m)
        for b in bodies:
            if not any(m.get("role") == "chair" for m in members.get(b, [])):
                self.err(f"bodies.{b}", "demo rule: every body has a chair")

        def active(body, date_s):
            return {m["person"] for m in members.get(body, [])
                    if (not m.get("from") or m["from"] <= date_s)
                    and (not m.get("to") or date_s <= m["to"])}

        prio_year = {k: v["year"] for k, v in prios.items()}
        # meetings
        held_by_body = {}
        for i, m in enumerate(d["meetings"]):
            p = f"meetings[{i}]"
            status = m.get("status", "held")
            minutes = m.get("minutes", "draft")
            if minutes == "approved":
                if "approvedOn" not in m:
                    self.err(f"{p}.approvedOn", "required when minutes are approved")
                elif m["approvedOn"] < m["date"]:
                    self.err(f"{p}.approvedOn", "before the meeting date")
            elif "approvedOn" in m:
                self.err(f"{p}.approvedOn", "only allowed when minutes are approved")
            body = bodies[m["body"]]
            if body.get("established") and m["date"] < body["established"]:
                self.err(f"{p}.date", "demo rule: before the body was established")
            if body.get("concluded") and m["date"] > body["concluded"]:
                self.err(f"{p}.date", "demo rule: after the body concluded")
            if "casesReviewed" in m and body.get("kind") != "panel":
                self.err(f"{p}.casesReviewed", "demo rule: only panels review cases")
            seen = set()
            act = active(m["body"], m["date"])
            att_people = [a["person"] for a in m.get("attendance", [])]
            for j, a in enumerate(m.get("attendance", [])):
                q = f"{p}.attendance[{j}]"
                if a["person"] in seen:
                    self.err(f"{q}.person", f"{a['person']!r} has more than one row")
                seen.add(a["person"])
                if "deputyFor" in a:
                    if a["status"] != "deputy":
                        self.err(f"{q}.deputyFor", "only allowed with status deputy")
                    if a["deputyFor"] == a["person"]:
                        self.err(f"{q}.deputyFor", "a person cannot deputise for "
                                                   "themselves")
                    if a["deputyFor"] in att_people:
                        self.err(f"{q}.deputyFor", "demo rule: the member deputised "
                                                   "for has a row of their own")
                    if a["deputyFor"] not in act:
                        self.err(f"{q}.deputyFor", "demo rule: not a member on that "
                                                   "date")
                    if a["person"] in act:
                        self.err(f"{q}.person", "demo rule: a deputy is not a member")
                elif a["person"] not in act:
                    self.err(f"{q}.person", "demo rule: not a member on that date")
            if status != "held":
                if m.get("entries") or m.get("attendance") or "minutes" in m:
                    self.err(p, f"demo rule: a {status} meeting has no minutes, "
                                "attendance or entries")
                continue
            held_by_body.setdefault(m["body"], []).append(m)
            if set(act) - seen - {a.get("deputyFor") for a in m["attendance"]}:
                self.err(f"{p}.attendance", "demo rule: a member has no row")
            ents = m.get("entries", [])
            n_did = sum(1 for e in ents if e.get("kind") == "did")
            n_diff = sum(1 for e in ents if e.get("kind") == "difference")
            if not (4 <= n_did <= 10 and 1 <= n_diff <= 4):
                self.err(f"{p}.entries", f"demo rule: {n_did} did and {n_diff} "
                                         "difference entries")
            year = fy(m["date"])

            def walk(es, path):
                for k, e in enumerate(es):
                    for x in e.get("priorities", []):
                        if prio_year[x] != year:
                            self.err(f"{path}[{k}].priorities", f"demo rule: {x!r} is "
                                                                f"not a {year} priority")
                    walk(e.get("children", []), f"{path}[{k}].children")
            walk(ents, f"{p}.entries")
        for body, ms in held_by_body.items():
            ms = sorted(ms, key=lambda m: m["date"])
            for a, b in zip(ms, ms[1:]):
                if a.get("minutes") != "approved" or a.get("approvedOn") != b["date"]:
                    self.err(f"meetings.{a['id']}", "demo rule: approved at the body's "
                                                    "next held meeting")
            if ms[-1].get("minutes", "draft") != "draft":
                self.err(f"meetings.{ms[-1]['id']}", "demo rule: the latest minutes "
                                                     "are draft")
        # workplans
        for i, w in enumerate(d["workplans"]):
            p = f"workplans[{i}]"
            if (w.get("status", "open") == "closed") != ("closedOn" in w):
                self.err(p, "demo rule: closedOn exactly when closed")
        # actions
        wps = self.ids["workplans"]
        for i, a in enumerate(d["actions"]):
            p = f"actions[{i}]"
            if a.get("workplan") and wps[a["workplan"]]["body"] != a["body"]:
                self.err(f"{p}.workplan", "belongs to another body")
            if a.get("raisedAt") and meetings[a["raisedAt"]]["body"] != a["body"]:
                self.err(f"{p}.raisedAt", "demo rule: a meeting of another body")
            if a.get("owner") and a.get("ownerAgency") and \
                    people[a["owner"]].get("agency") != a["ownerAgency"]:
                self.err(f"{p}.ownerAgency", "demo rule: not the owner's agency")
            if a.get("workplan") and wps[a["workplan"]].get("year"):
                wy = wps[a["workplan"]]["year"]
                for x in a.get("priorities", []):
                    if prio_year[x] != wy:
                        self.err(f"{p}.priorities", f"demo rule: {x!r} is not a {wy} "
                                                    "priority")
            revs = a.get("reviews", [])
            for j in range(1, len(revs)):
                if revs[j]["date"] < revs[j - 1]["date"]:
                    self.err(f"{p}.reviews[{j}].date", "reviews out of date order")
            for j, r in enumerate(revs):
                if r.get("meeting"):
                    mt = meetings[r["meeting"]]
                    if mt["body"] != a["body"] or mt["date"] != r["date"]:
                        self.err(f"{p}.reviews[{j}].meeting", "demo rule: a meeting "
                                 "of the action's body on the review's date")
                if r["date"] > NOW.isoformat():
                    self.err(f"{p}.reviews[{j}].date", "demo rule: in the future")
                if a.get("workplan"):
                    w = wps[a["workplan"]]
                    if w.get("closedOn") and r["date"] > w["closedOn"]:
                        self.err(f"{p}.reviews[{j}].date", "demo rule: after the plan "
                                                           "closed")
        # risks
        for i, r in enumerate(d["risks"]):
            p = f"risks[{i}]"
            if r.get("closed") and r["closed"] < r["opened"]:
                self.err(f"{p}.closed", "before opened")
            revs = r.get("reviews", [])
            for j, v in enumerate(revs):
                for f in ("likelihood", "impact"):
                    if not 1 <= v[f] <= 5:
                        self.err(f"{p}.reviews[{j}].{f}", f"{v[f]} is not 1-5")
                if j and v["date"] < revs[j - 1]["date"]:
                    self.err(f"{p}.reviews[{j}].date", "reviews out of date order")
                if v["date"] < r["opened"] or (r.get("closed") and
                                              v["date"] > r["closed"]):
                    self.err(f"{p}.reviews[{j}].date", "demo rule: outside opened-closed")
                if v.get("meeting") and meetings[v["meeting"]]["body"] != r["body"]:
                    self.err(f"{p}.reviews[{j}].meeting", "demo rule: another body")
        # funding and spending
        seen = set()
        for i, f in enumerate(d["funding"]):
            key = (f["year"], f["agency"])
            if key in seen:
                self.err(f"funding[{i}]", f"second row for {key}")
            seen.add(key)
        seen = set()
        for i, f in enumerate(d["spending"]):
            key = (f["year"], f["category"])
            if key in seen:
                self.err(f"spending[{i}]", f"demo rule: second row for {key}")
            seen.add(key)
        # case reviews
        for i, c in enumerate(d["caseReviews"]):
            p = f"caseReviews[{i}]"
            ds = [c[k] for k in ("notified", "signedOff", "published") if c.get(k)]
            if ds != sorted(ds):
                self.err(p, "demo rule: notified <= signedOff <= published")
            st = c.get("status", "notified")
            if st == "published" and not (c.get("published") and c.get("url")):
                self.err(p, "demo rule: a published review has a date and url")
            if c.get("published") and st != "published":
                self.err(p, "demo rule: published date only on published reviews")
            if st == "publication-delayed" and not c.get("note"):
                self.err(p, "demo rule: a delayed publication says why")
        # training
        for i, t in enumerate(d["trainingSessions"]):
            p = f"trainingSessions[{i}]"
            st = t.get("status", "held")
            if "attendees" in t and st != "held":
                self.err(f"{p}.attendees", "only on held sessions")
            if "cancelReason" in t and st != "cancelled":
                self.err(f"{p}.cancelReason", "only on cancelled sessions")
            if st == "cancelled" and "cancelReason" not in t:
                self.err(f"{p}.cancelReason", "demo rule: a cancelled session says why")
            if "attendees" in t and "places" in t and t["attendees"] > t["places"]:
                self.err(f"{p}.attendees", "demo rule: more attendees than places")
            if t["date"] > NOW.isoformat():
                self.err(f"{p}.date", "demo rule: in the future")
        # report texts
        seen = set()
        for i, r in enumerate(d["reportTexts"]):
            p = f"reportTexts[{i}]"
            key = (r["year"], r["section"])
            if key in seen:
                self.err(p, f"second text for {key}")
            seen.add(key)
            sec = r["section"]
            if sec.startswith("intro:"):
                if sec[6:] not in bodies:
                    self.err(f"{p}.section", f"{sec!r} names no body")
            elif sec not in FIXED_SECTIONS:
                self.err(f"{p}.section", f"{sec!r} is not a report section")
        # newsletters
        seen = set()
        for i, n in enumerate(d["newsletters"]):
            if n["number"] in seen:
                self.err(f"newsletters[{i}].number", f"{n['number']} is used twice")
            seen.add(n["number"])
        # every URL in the demo points at example.org
        urls = list(self.md_urls)
        for name in ("sources", "caseReviews"):
            for i, r in enumerate(d[name]):
                if r.get("url"):
                    urls.append((f"{name}[{i}].url", r["url"]))
        for i, n in enumerate(d["newsletters"]):
            for j, it in enumerate(n.get("items", [])):
                for k, ln in enumerate(it.get("links", [])):
                    urls.append((f"newsletters[{i}].items[{j}].links[{k}].url", ln["url"]))
        for path, u in urls:
            if not u.startswith("https://example.org/"):
                self.err(path, f"demo rule: {u!r} is not an https://example.org/ address")
        for i, p in enumerate(d["people"]):
            if p.get("email") and not p["email"].endswith(".example"):
                self.err(f"people[{i}].email", "demo rule: use a .example domain")
        if not d["partnership"].get("contactEmail", "x.example").endswith(".example"):
            self.err("partnership.contactEmail", "demo rule: use a .example domain")


def load_strict(path):
    def no_dupes(pairs):
        out = {}
        for k, v in pairs:
            if k in out:
                raise ValueError(f"duplicate key {k!r}")
            out[k] = v
        return out

    raw = Path(path).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return json.loads(raw.decode("utf-8"), object_pairs_hook=no_dupes)


def normalise(s):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s.lower()).split())


def all_strings(v, out):
    if isinstance(v, str):
        out.append(v)
    elif isinstance(v, list):
        for x in v:
            all_strings(x, out)
    elif isinstance(v, dict):
        for k, x in v.items():
            all_strings(x, out)
    return out


def seed_overlap(data, seeds_dir):
    """Sentences of 60+ characters (after normalising) from the seed texts that
    appear in the archive, plus runs of 10+ identical words, for a closer look."""
    corpus = " | ".join(normalise(s) for s in all_strings(data, []))
    corpus_words = corpus.split()
    grams = set()
    for j in range(len(corpus_words) - 9):
        g = corpus_words[j:j + 10]
        if "|" not in g:
            grams.add(" ".join(g))
    hits, near = [], []
    for f in sorted(Path(seeds_dir).glob("*.txt")):
        txt = f.read_text(encoding="utf-8", errors="replace")
        parts = re.split(r"(?<=[.!?])\s+|\n+|[•»]", txt)
        for s in parts:
            n = normalise(s)
            if len(n) >= 60 and n in corpus:
                hits.append((f.name, s.strip()))
        words = normalise(txt).split()
        for j in range(len(words) - 9):
            g = " ".join(words[j:j + 10])
            if g in grams:
                near.append((f.name, g))
    return hits, near


def check(path, seeds):
    try:
        data = load_strict(path)
    except (OSError, ValueError) as e:
        print(f"{path}: {e}")
        return 1
    errors = Checker(data).run()
    for e in errors:
        print(e)
    if not errors:
        counts = ", ".join(f"{k} {len(data.get(k, []))}" for k in TOP_LISTS)
        print(f"{path}: archive-v1 rules OK ({counts})")
    rc = 1 if errors else 0
    if seeds:
        hits, near = seed_overlap(data, seeds)
        for name, s in hits:
            print(f"copied from {name}: {s}")
        for name, g in near:
            print(f"10-word run shared with {name}: {g}")
        if hits or near:
            rc = 1
        else:
            print(f"no sentence or 10-word run from {seeds} appears in the archive")
    return rc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate the written file instead of writing it")
    ap.add_argument("--seeds", help="folder of seed .txt files to check for copying")
    ap.add_argument("--out", default=str(OUT), help="archive path (default: %(default)s)")
    args = ap.parse_args()
    if args.check:
        return check(args.out, args.seeds)
    archive = build(random.Random(SEED))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(archive), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
