#!/usr/bin/env python3
"""Deterministic generator of synthetic clinical notes for benchmarking notelint.

Writes notelint's JSONL input form, one note per line:

    {"id": "...", "text": "...", "codes": ["97597", "97598x1"], "meta": {...}}

Every note is invented from word lists below; no real patient data is used
or produced.  The mix covers wound care (selective, surgical and
non-selective debridement, NPWT, dressing-only visits) and physical /
occupational therapy (timed codes with minutes, totals, exercises, cues,
goals), some well documented and some poor (template phrases, missing
minutes, overbilled units).  Notes vary from about 300 to 3000 bytes; some
carry a copied-forward "PRIOR VISIT" section, some are EHR exports with
checkbox rows, some use CRLF line ends, tabs or non-ASCII symbols, and a few
are near-clones of an earlier note (for template.cloned-note).

Usage:
    python3 bench/gen_notes.py --mb 100 --out notes.jsonl [--seed N]
    python3 bench/gen_notes.py --notes 1000 --out -            # to stdout

Same seed and options give byte-identical output (standard library only).
MB means 10**6 bytes.
"""

import argparse
import json
import math
import random
import sys

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

LAT_LEFT = ["left", "Left", "L", "Lt", "LEFT", "l."]
LAT_RIGHT = ["right", "Right", "R", "Rt", "RIGHT", "r."]

# (site, paired, typical etiology, suits a large / deep wound)
SITES = [
    ("lateral malleolus", True, "venous", False),
    ("medial malleolus", True, "venous", False),
    ("anterior shin", True, "venous", True),
    ("posterior calf", True, "venous", True),
    ("gaiter area, medial lower leg", True, "venous", False),
    ("plantar first metatarsal head", True, "diabetic", False),
    ("plantar 1st met head", True, "diabetic", False),
    ("plantar fifth metatarsal head", True, "diabetic", False),
    ("plantar 3rd MPJ", True, "diabetic", False),
    ("dorsal hallux IPJ", True, "diabetic", False),
    ("great toe tip", True, "arterial", False),
    ("2nd toe, dorsal PIPJ", True, "diabetic", False),
    ("lateral 5th metatarsal base", True, "diabetic", False),
    ("plantar heel", True, "diabetic", False),
    ("posterior heel", True, "pressure", False),
    ("heel", True, "pressure", False),
    ("sacrum", False, "pressure", True),
    ("coccyx", False, "pressure", True),
    ("sacrococcygeal area", False, "pressure", True),
    ("ischial tuberosity", True, "pressure", True),
    ("greater trochanter", True, "pressure", True),
    ("buttock", True, "pressure", True),
    ("midline abdomen, laparotomy incision", False, "surgical", True),
    ("lower abdomen, right lower quadrant", False, "surgical", True),
    ("lateral thigh", True, "surgical", True),
    ("anterior knee, TKA incision", True, "surgical", True),
    ("below-knee amputation stump, distal", True, "surgical", True),
    ("transmetatarsal amputation site", True, "surgical", True),
    ("occiput", False, "pressure", False),
    ("posterior elbow", True, "pressure", False),
    ("dorsal forearm", True, "trauma", False),
]
BIG_SITES = [x for x in SITES if x[3]]
VAGUE_SITES = ["leg", "foot", "lower extremity", "LE", "back", "lower leg", "extremity"]

ETIOLOGY_TEXT = {
    "venous": ["venous leg ulcer", "venous stasis ulcer", "VLU", "chronic venous ulcer"],
    "diabetic": ["diabetic foot ulcer", "neuropathic ulcer", "DFU, Wagner 1", "DFU, Wagner 2"],
    "arterial": ["arterial ulcer", "ischemic ulcer, ABI 0.71"],
    "pressure": ["pressure injury, stage 3", "stage 4 pressure injury", "unstageable pressure injury",
                 "pressure ulcer, stage 3", "stage 2 pressure injury"],
    "surgical": ["dehisced surgical incision", "surgical wound, healing by secondary intention",
                 "post-op wound dehiscence"],
    "trauma": ["traumatic wound", "skin tear, category 3"],
}

TISSUE_SEEN = ["yellow slough", "adherent slough", "loose slough", "fibrin", "black eschar",
               "dry eschar", "tan necrotic tissue", "grey devitalized tissue", "biofilm sheen",
               "hyperkeratotic callus rim"]
GOOD_TISSUE = ["red granulation", "beefy red granulation", "pink granulation",
               "pale granulation", "epithelial islands", "granulation tissue"]

REMOVED_SEL = ["slough", "adherent slough", "yellow slough", "fibrin", "fibrinous slough",
               "biofilm", "devitalized tissue", "callus", "hyperkeratotic callus",
               "nonviable tissue", "debris", "necrotic tissue", "eschar"]
REMOVED_SURG = ["necrotic subcutaneous tissue", "devitalized subcutaneous fat",
                "nonviable subcutaneous tissue", "necrotic fat and eschar",
                "infected subcutaneous tissue"]
REMOVED_MUSCLE = ["nonviable muscle", "necrotic fascia", "devitalized muscle and fascia"]
REMOVED_BONE = ["necrotic bone", "soft infected bone", "devitalized cortical bone"]

INSTR_SEL = ["#15 blade", "#10 scalpel", "scalpel", "#3 curette", "#4 curette", "ring curette",
             "3 mm curette", "iris scissors", "curved iris scissors", "Adson forceps",
             "forceps", "pickups and scissors", "tissue nippers", "#15 blade and forceps",
             "curette and forceps", "high-pressure waterjet"]
INSTR_SURG = ["#10 blade", "#15 scalpel", "Metzenbaum scissors", "curette and scissors",
              "scalpel and Adson forceps", "Versajet hydrosurgery (waterjet)"]
INSTR_BONE = ["rongeur", "bone curette and rongeur"]

MISSPELL = {"slough": "sluogh", "curette": "currette", "debridement": "debridment",
            "granulation": "granualtion", "forceps": "forcep"}

DRAINAGE = ["scant serous", "small serous", "small amount serous", "moderate serous",
            "moderate serosanguineous", "moderate serosanguinous", "large serous",
            "small sanguineous", "moderate purulent", "minimal", "none"]
PERIWOUND = ["intact", "intact, no erythema", "hemosiderin staining", "macerated at 6 o'clock",
             "mild maceration", "dry and flaky", "callused rim", "blanchable erythema 1 cm",
             "non-blanchable erythema", "indurated 2 cm", "fragile, with adhesive stripping",
             "hyperpigmented", "erythema 0.5 cm, no warmth"]
ODOR = ["none", "no odor", "mild odor before cleansing, none after", "faint", "foul"]
INFECTION = ["no signs of infection", "no s/s infection", "no erythema, warmth or purulence",
             "afebrile, no cellulitis", "periwound cellulitis, started on cephalexin",
             "no signs of local infection; does not probe to bone"]
NECESSITY = [
    "adherent slough impairing granulation; no measurable progress over 3 weeks",
    "nonviable tissue in the wound bed delaying healing",
    "area unchanged x 4 wks despite offloading; callus rim blocking epithelial migration",
    "necrotic tissue is a nidus for infection; debridement needed to prepare the bed",
    "failed 2 weeks of enzymatic debridement; slough persists",
    "biofilm suspected (stalled wound, friable granulation); debridement to reset healing",
    "stalled healing, < 10% area reduction in 4 weeks of compression",
    "eschar with fluctuance at the edge, risk of infection",
]
PRIMARY = ["calcium alginate", "silver alginate", "hydrofiber", "collagen", "hydrogel",
           "Hydrofera Blue", "nonadherent contact layer", "medihoney gel", "Xeroform",
           "cadexomer iodine", "collagen-alginate", "silver hydrofiber"]
SECONDARY = ["foam border", "bordered foam", "ABD pad", "kerlix roll gauze", "silicone foam",
             "dry gauze and tape", "superabsorbent pad"]
COMPRESSION = ["4-layer compression", "2-layer compression wrap", "zinc paste (Unna) wrap",
               "short-stretch compression"]
FOOT_WORDS = ("plantar", "met", "hallux", "toe", "heel", "MPJ", "transmetatarsal")
LEG_WORDS = ("malleolus", "shin", "calf", "gaiter", "leg")
PROVIDERS = ["RN, CWOCN", "PT, CWS", "DPM", "MD, general surgery", "NP, wound clinic", "PTA",
             "LPN", "OTR/L", "PT, DPT", "COTA", "RN", "PA-C"]
PAYERS = ["Medicare Part B", "Medicare Advantage", "Medicaid", "commercial", "BCBS", "Aetna",
          "workers comp", "VA community care", "self-pay"]

# Therapy ---------------------------------------------------------------

# (diagnosis, body region: le / ue / spine / neuro)
DX_PT = [
    ("R knee OA s/p TKA (Z96.651)", "le"), ("L knee s/p TKA, wk 4", "le"),
    ("L THA, posterior approach, wk 6", "le"), ("R ankle sprain, lateral (S93.401D)", "le"),
    ("L ACL reconstruction, wk 8", "le"), ("R hip fx s/p IMN, WBAT", "le"),
    ("L patellofemoral pain", "le"), ("R Achilles tendinopathy", "le"),
    ("low back pain with L5 radiculopathy (M54.16)", "spine"),
    ("lumbar spinal stenosis, neurogenic claudication", "spine"),
    ("cervicalgia with R UE radiculopathy", "spine"), ("chronic neck pain, forward head posture", "spine"),
    ("R shoulder adhesive capsulitis (M75.01)", "ue"), ("L RTC repair, wk 10 (Z98.890)", "ue"),
    ("R distal radius fx s/p ORIF", "ue"), ("R lateral epicondylalgia", "ue"),
    ("L hemiparesis s/p CVA (I69.354)", "neuro"), ("Parkinson disease, gait instability (G20.A1)", "neuro"),
    ("falls, unsteady gait (R26.81)", "neuro"), ("MS with LE weakness", "neuro"),
    ("generalized weakness after COVID hospitalization", "neuro"),
]
SETTINGS = ["OUTPATIENT PHYSICAL THERAPY - DAILY NOTE", "PT Daily Treatment Note",
            "PTA Treatment Note", "OCCUPATIONAL THERAPY - DAILY NOTE", "SNF Rehab - PT Tx Note",
            "Home Health PT Visit", "Inpatient Rehab PT Treatment Note",
            "Outpatient OT Treatment Note", "PT Tx Note"]

EX_WARM_LE = ["Recumbent bike L{lvl} x {m} min warm-up", "NuStep L{lvl} x {m} min",
              "Treadmill {spd} mph x {m} min"]
EX_WARM_UE = ["UBE fwd/retro L{lvl} x {m} min", "Arm bike L{lvl} x {m} min"]
EX_LE = [
    "Bridges {s} x {r}", "Clamshells {band} band {s} x {r}", "SLR {w}# {s} x {r}",
    "Quad sets w/ towel roll {s} x {r}, 5 s hold", "Heel slides w/ strap {s} x {r}",
    "Long arc quads {w}# {s} x {r}", "Mini squats at bar {s} x {r}", "Wall sits {s} x 30 s",
    "Sit-to-stand from 18\" chair {s} x {r}", "Step-ups 6\" {s} x {r}",
    "Lateral step-downs 4\" {s} x {r}", "Heel raises {s} x {r}", "Toe raises {s} x {r}",
    "Hip abduction sidelying {w}# {s} x {r}", "Prone hip extension {s} x {r}",
    "Leg press {w0} lb {s} x {r}", "Hamstring curl machine {w0} lb {s} x {r}",
    "Gastroc stretch {s} x 30 s", "Hamstring stretch {s} x 30 s",
    "4-way ankle {band} TB {s} x {r} each direction", "Lateral band walks {band} TB {s} x 20 ft",
]
EX_UE = [
    "Rows {band} TB {s} x {r}", "Shoulder ER/IR {band} TB {s} x {r}",
    "Scapular retraction {band} TB {s} x {r}", "Wall slides {s} x {r}",
    "Wand flexion supine {s} x {r}", "Pulley flexion {s} x 1 min", "Lat pulldown {w0} lb {s} x {r}",
    "Wrist ext eccentrics {w}# {s} x {r}", "Putty grip {band} {s} x {r}",
    "Pec stretch in doorway {s} x 30 s", "Sidelying ER {w}# {s} x {r}", "Prone Y/T {s} x {r}",
]
EX_SPINE = [
    "Bird dogs {s} x {r}", "Dead bugs {s} x {r}", "Side plank {s} x 20 s", "Bridges {s} x {r}",
    "Chin tucks {s} x {r}, 5 s hold", "Prone press-ups {s} x {r}", "Pallof press {band} TB {s} x {r}",
    "Cat-camel {s} x {r}", "Hip hinge with dowel {s} x {r}", "Thoracic extension over roll {s} x {r}",
]
EX_BY_REGION = {"le": (EX_WARM_LE, EX_LE), "ue": (EX_WARM_UE, EX_UE),
                "spine": (EX_WARM_LE, EX_SPINE), "neuro": (EX_WARM_LE, EX_LE + EX_SPINE[:4])}
BANDS = ["yellow", "red", "green", "blue", "black"]
NMR = [
    "SLS on foam {s} x 20 s, CGA", "Tandem stance {s} x 30 s eyes closed",
    "Tandem walk {s} x 15 ft", "Star excursion reach {s} x 5 each direction",
    "Weight shifts on BOSU {s} x {r}", "Rocker board A/P {s} x 1 min",
    "Perturbation training in stance, {r} perturbations", "Ball toss on foam {s} x {r}",
    "Obstacle course x {s} laps", "Mirror feedback for midline posture {s} x 1 min",
    "Proprioceptive weight bearing through L UE {s} x 1 min",
]
GAIT = [
    "Ambulated {d} ft x {s} with {ad} on level tile, {assist}",
    "Gait on uneven surfaces (grass/ramp) {d} ft with {ad}, {assist}",
    "Stairs: {st} steps, step-to pattern, one rail, {assist}",
    "Stairs: {st} steps reciprocal with R rail, {assist}",
    "Curb negotiation x {s} with {ad}, {assist}",
]
DEVIATIONS = ["decreased L step length", "R knee hyperextension in stance", "toe drag L in swing",
              "Trendelenburg on R", "forward trunk lean", "decreased cadence",
              "wide BOS", "festination on turns", "circumduction of L LE",
              "decreased heel strike R", "shuffling gait"]
ADS = ["RW", "FWW", "SPC", "quad cane", "hemi-walker", "rollator", "no AD", "axillary crutches"]
ASSISTS = ["SBA", "CGA", "min A x1", "mod A x1", "supervision", "mod I", "min A for balance"]
MANUAL = {
    "le": ["Talocrural posterior glides gr III-IV", "Patellar mobs all directions",
           "Tibiofemoral mobs for extension gr III", "Manual lymphatic drainage L LE",
           "PROM knee flexion with end-range holds", "Scar mobilization anterior knee",
           "Hip long-axis distraction gr III"],
    "ue": ["GH posterior glides gr III {s} x 30 s", "IASTM to lateral forearm extensors",
           "STM to posterior cuff and teres minor", "Radiocarpal distraction and glides gr III",
           "PROM ER with end-range holds"],
    "spine": ["STM to R upper trap and levator", "Lumbar PA mobs L3-L5 gr III",
              "Manual traction cervical 3 x 60 s", "Thoracic manipulation, supine, T4-T6",
              "Suboccipital release"],
    "neuro": ["PROM hamstrings and heel cords with sustained holds", "STM to L calf for tone",
              "Scapular mobilization L for subluxation management"],
}
US_TARGET = {"le": "R plantar fascia", "ue": "R common extensor origin", "spine": "L lumbar paraspinals",
             "neuro": "L gastrocnemius"}
THERACT = [
    "Floor-to-waist lift 10 lb box {s} x {r}", "Carrying 15 lb laundry basket 50 ft x {s}",
    "Reaching to overhead shelf with 2 lb cans {s} x {r}", "Car transfer simulation x {s}",
    "Bed mobility supine<->sit x {r}, {assist}", "Tub transfer bench practice x {s}, {assist}",
    "Push/pull sled 40 ft x {s}", "Kneeling to stand from floor x {s}, {assist}",
]
SELFCARE = [
    "LB dressing with reacher and sock aid, {assist}",
    "UB dressing one-handed technique with button hook",
    "Shower transfer with grab bar and tub bench, {assist}",
    "Meal prep: stove-top task seated, energy conservation cued",
    "Toileting hygiene with long-handled wiper, {assist}",
    "Hip precautions during LB dressing reviewed and practiced",
    "Medication management with pill organizer",
    "Kitchen safety: carrying items with a walker tray",
]
CUES = ["VC for upright posture", "TC at the quad for full lockout", "VC to slow the eccentric phase",
        "tactile cue at the pelvis for weight shift", "mirror feedback to correct hip hike",
        "VC 'big steps' with metronome at 90 bpm", "demonstration then VC for sequencing",
        "TC to depress the scapula", "VC to avoid breath holding", "min VC to maintain precautions"]
PROGRESS = ["progressed resistance from {a} to {b} band", "added weight {w}# from last visit",
            "decreased UE support from 2 hands to fingertip", "advanced from floor to foam",
            "reduced rest breaks between sets", "increased reps 10 -> 15 without pain increase"]
GOALS = ["ascend/descend 12 stairs with one rail to reach the bedroom",
         "walk 500 ft in the community without AD to shop independently",
         "rise from a 17\" chair without UE support",
         "return to work lifting 25 lb floor to waist",
         "don/doff shoes and socks independently with AE",
         "reach the top kitchen shelf without pain > 2/10",
         "stand 20 min to prepare a meal", "sleep through the night without shoulder pain",
         "return to recreational tennis", "ambulate household distances with SPC and no falls",
         "independent tub transfers for safe bathing at home"]
TEMPLATE_PT = ["Pt tolerated treatment well.", "Pt tolerated session well.",
               "Continue POC.", "Continue per plan of care.", "Ther ex per flowsheet.",
               "Exercises per flowsheet.", "See flowsheet.", "HEP reviewed.",
               "Progressing well.", "No change.", "Skilled therapy provided.",
               "General conditioning.", "Gait training.", "Ther ex."]
TEMPLATE_WOUND = ["Wound cleaned.", "Dressing changed.", "Wound care performed.",
                  "Routine wound care.", "Wound stable.", "Dressing changed per orders.",
                  "Debridement completed, tolerated well.", "Debrided as needed.",
                  "Wound cleansed and redressed.", "Medically necessary.", "Per protocol.",
                  "VAC changed.", "NPWT continued."]

WOUND_HPI = [
    "Pt is a {age} y/o {sex} with {pmh}.",
    "Wound first noted {weeks} weeks ago after {cause}.",
    "Pt reports dressing changes done by {who} {freq} at home.",
    "Denies fever, chills, or increased pain since last visit.",
    "Reports more drainage on the outer dressing over the past 3 days.",
    "States the offloading boot is worn \"most of the time\" but not at night.",
    "Compression wraps slipped twice this week; pt removed them on day 4.",
    "Smokes {cig} cigarettes/day, counseled again on cessation.",
    "Completed a 10-day course of doxycycline last week.",
    "Last A1c {a1c}%; checks glucose twice daily.",
    "Sleeps in a recliner because of back pain, which loads the sacrum.",
    "Eating about half of meals per caregiver; weight down {lb} lb in a month.",
    "Ambulates household distances with a {ad}; spends most of the day seated.",
    "Referred by PCP for a nonhealing wound despite {weeks2} weeks of moist wound care.",
]
PMH = ["T2DM, PN, CKD 3", "PAD s/p fem-pop bypass", "CHF, CVI, obesity", "T6 paraplegia",
       "RA on methotrexate", "ESRD on HD MWF", "COPD on 2 L O2", "dementia, bed-bound",
       "T1DM with retinopathy", "venous insufficiency, prior DVT"]
THERAPY_HPI = [
    "Pt reports {p}/10 pain today, {p2}/10 at worst this week.",
    "Able to {func} this week, which was not possible at eval.",
    "Still has difficulty with {func2}.",
    "HEP compliance about {hep} of 7 days; reports {band} band feels easy now.",
    "Saw the surgeon on {date}; cleared to progress per protocol.",
    "No falls since last visit; one near-fall turning in the kitchen.",
    "Slept better after using a pillow between the knees.",
    "Returned to work part time, {hrs} hours per shift, mostly standing.",
    "Reports morning stiffness lasting about {stiff} minutes.",
    "Caregiver present and asked about safe transfers to the car.",
]
QUOTES = {
    "le": ["Stairs are still the hardest part.", "My knee gave way once at the grocery store.",
           "I walked the dog around the block twice.", "Getting off the low couch is hard."],
    "ue": ["I can get my shirt on by myself now.", "Reaching the top shelf still pinches.",
           "I can't hook my bra behind my back yet.", "Opening jars is easier."],
    "spine": ["Sitting in the car more than 20 minutes still hurts.", "The leg tingling is less.",
              "Sleeping better.", "I could bend to load the dishwasher."],
    "neuro": ["I felt steadier in the shower.", "My legs get tired after the hallway.",
              "I froze at the doorway twice this week.", "Sleeping better."],
}
FUNC = ["walk to the mailbox without the cane", "climb one flight of stairs with the rail",
        "put on socks without the sock aid", "reach the second shelf", "carry groceries from the car",
        "get in and out of the tub", "sit through a 1-hour church service", "drive 20 minutes"]
OBJ_MEASURES = [
    "Knee AROM {a}-{b} deg", "Shoulder flexion AROM {f} deg, ER {e} deg", "TUG {tug} s with {ad}",
    "Berg {berg}/56", "10MWT {mws} m/s", "5xSTS {sts} s", "Grip R {g1} lb, L {g2} lb",
    "SLS R {sls} s, L {sls2} s", "Hip abd MMT 4-/5", "Quad MMT 4/5, lag {lag} deg",
    "6MWT {mwt} ft with {ad}", "FOTO {foto}", "LEFS {lefs}/80", "Oswestry {odi}%",
]
# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.recent = []  # texts kept for near-clones
        self.region = "le"  # body region of the current therapy note
        self.front_at = 1  # where optional history/vitals sections go

    # small helpers bound once for speed
    def ch(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return a + int(self.r.random() * (b - a + 1))

    def date(self):
        m = self.ri(1, 12)
        d = self.ri(1, 28)
        y = self.ch((2025, 2026, 2026))
        k = self.ri(0, 3)
        if k == 0:
            return "%02d/%02d/%d" % (m, d, y)
        if k == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if k == 2:
            return "%d/%d" % (m, d)
        return "%d/%d/%02d" % (m, d, y % 100)

    def lat(self):
        return self.ch(LAT_LEFT) if self.p(0.5) else self.ch(LAT_RIGHT)

    def site(self, quality, big=False):
        name, paired, etio, _ = self.ch(BIG_SITES if big else SITES)
        if quality == "poor" and self.p(0.5):
            v = self.ch(VAGUE_SITES)
            if self.p(0.5):
                v = self.lat() + " " + v
            return v, etio
        if paired and not (quality != "good" and self.p(0.3)):
            name = self.lat() + " " + name
        return name, etio

    def dims(self, big=False):
        if big:
            L = self.ri(40, 160) / 10.0
            W = self.ri(25, 90) / 10.0
            D = self.ri(5, 40) / 10.0
        else:
            L = self.ri(6, 75) / 10.0
            W = self.ri(4, 55) / 10.0
            D = self.ri(1, 12) / 10.0
        if W > L:
            L, W = W, L
        return L, W, D

    def fmt_size(self, L, W, D, with_depth=True):
        """A measurement in one of the forms clinicians write."""
        k = self.ri(0, 11)
        if not with_depth:
            k = self.ch((0, 1, 2, 3, 6))
        if k == 0:
            s = "%.1f x %.1f cm" % (L, W) if not with_depth else "%.1f x %.1f x %.1f cm" % (L, W, D)
        elif k == 1:
            s = "%d x %d mm" % (round(L * 10), round(W * 10))
            if with_depth:
                s = "%d x %d x %d mm" % (round(L * 10), round(W * 10), round(D * 10))
        elif k == 2:
            s = "L %.1f W %.1f" % (L, W) + (" D %.1f" % D if with_depth else "") + self.ch(("", " cm"))
        elif k == 3:
            s = "%.1fcm x %.1fcm" % (L, W) + (" x %.1fcm" % D if with_depth else "")
        elif k == 4:
            s = "%.1f cm (L) x %.1f cm (W) x %.1f cm (D)" % (L, W, D)
        elif k == 5:
            s = "length %.1f cm, width %.1f cm, depth %.1f cm" % (L, W, D)
        elif k == 6:
            s = "%.1f \u00d7 %.1f" % (L, W) + (" \u00d7 %.1f" % D if with_depth else "") + " cm"
        elif k == 7:
            s = "%.1fx%.1fx%.1fcm" % (L, W, D)
        elif k == 8:
            s = "%.1f x %.1f x %.1f cm (area %.1f cm\u00b2)" % (L, W, D, L * W)
        elif k == 9:
            s = "L %.1f cm  W %.1f cm  D %.1f cm" % (L, W, D)
        elif k == 10:
            s = "%.2f x %.2f in, depth %.2f in" % (L / 2.54, W / 2.54, D / 2.54)
        else:
            s = "%.1f x %.1f cm, depth %.1f cm, area %.2f sq cm" % (L, W, D, L * W)
        return s

    def bed(self):
        a = self.ri(1, 9) * 10
        return "%d%% %s, %d%% %s" % (a, self.ch(TISSUE_SEEN), 100 - a, self.ch(GOOD_TISSUE))

    def spell(self, word):
        if self.p(0.03) and word in MISSPELL:
            return MISSPELL[word]
        return word

    def fmt(self, t):
        r = self.ri
        return t.format(
            bp1=r(104, 168), bp2=r(60, 96), hr=r(56, 104), t="%.1f" % (r(970, 994) / 10.0),
            o2=r(91, 100), p=r(0, 5), p2=r(2, 8), age=r(34, 96), sex=self.ch(("M", "F")),
            pmh=self.ch(PMH), weeks=r(3, 30), weeks2=r(4, 12), lb=r(3, 12), cig=r(5, 20),
            cause=self.ch(("new shoes", "a fall against the bed frame", "prolonged sitting",
                           "minor trauma", "surgery", "a blister that opened")),
            who=self.ch(("the spouse", "home health", "the pt", "a daughter")),
            freq=self.ch(("daily", "every other day", "3x/week")),
            a1c="%.1f" % (r(56, 112) / 10.0), ad=self.ch(ADS),
            func=self.ch(FUNC), func2=self.ch(FUNC), hep=r(2, 7), band=self.ch(BANDS),
            date=self.date(), hrs=r(4, 8), stiff=r(10, 60),
            a=r(0, 5), b=r(90, 125), f=r(90, 170), e=r(20, 80), tug="%.1f" % (r(80, 260) / 10.0),
            berg=r(30, 55), mws="%.2f" % (r(30, 130) / 100.0), sts="%.1f" % (r(100, 250) / 10.0),
            g1=r(20, 90), g2=r(20, 90), sls=r(1, 30), sls2=r(1, 30), lag=r(0, 15),
            mwt=r(400, 1600), foto=r(30, 80), lefs=r(20, 70), odi=r(10, 60))

    def pads(self, kind):
        """Optional sections a real note of this kind might carry: (position, text)."""
        if kind == "op":
            return self.op_pads()
        r = self.ri
        f = self.fmt
        hpi_pool = WOUND_HPI if kind == "wound" else THERAPY_HPI
        n = min(len(hpi_pool), r(2, 7))
        hpi = " ".join(f(t) for t in self.r.sample(hpi_pool, n))
        common = [
            ("front", self.ch(("HPI: ", "S: ", "Subjective: ", "History: ")) + hpi),
            ("front", f("Vitals: BP {bp1}/{bp2}, HR {hr}, RR 16, T {t} F, SpO2 {o2}% RA")),
            ("front", f("Pain: {p}/10 at rest, {p2}/10 with activity.")),
            ("front", "Allergies: " + self.ch(("NKDA", "PCN (rash)", "sulfa", "latex", "adhesive tape")) + "."),
            ("front", "Medications reviewed with pt; no changes since last visit."),
            ("back", "Pt education: signs of infection (redness, warmth, drainage, fever) and when to call; "
                     "pt verbalized understanding." if kind == "wound" else
                     "Education: pacing, pain-monitoring with activity; pt verbalized understanding."),
            ("back", "Communication: updated the referring provider by fax regarding progress and plan."),
            ("back", "Next visit: " + self.ch(("in 1 week", "Thursday", "in 2 weeks", "next Monday")) +
                     "; written instructions given."),
        ]
        if kind == "wound":
            common += [
                ("front", self.ch(("Vascular: ", "Vasc: ")) + "DP %d/4, PT %d/4; CFT < 3 s; ABI " % (r(0, 2), r(0, 2)) +
                          "%.2f" % (r(60, 120) / 100.0) + "."),
                ("front", "Neuro: protective sensation absent at %d/10 sites (5.07 monofilament)." % r(2, 10)),
                ("front", "Labs: albumin %.1f g/dL, prealbumin %d mg/dL, WBC %.1f." % (
                    r(26, 44) / 10.0, r(12, 30), r(50, 140) / 10.0)),
                ("front", "Consent obtained; time-out performed; pt positioned %s." % self.ch((
                    "supine", "prone", "left lateral", "seated with leg elevated"))),
                ("back", self.ch(("Offloading: ", "Compression: ", "Pressure redistribution: ")) + self.ch((
                    "CAM boot at all times when ambulating", "4-layer wrap, change weekly",
                    "low-air-loss mattress, turn q2h", "heel suspension boots in bed",
                    "total contact cast considered if no progress"))),
                ("back", "Nutrition: dietitian consult placed; protein supplement BID encouraged."),
                ("back", "Photo taken and uploaded to the wound record."),
                ("back", "Supplies ordered for %d weeks of dressing changes." % r(2, 4)),
            ]
        else:
            meas = "; ".join(f(t) for t in self.r.sample(OBJ_MEASURES, r(2, 5)))
            common += [
                ("front", "Precautions: " + self.ch(("posterior hip precautions", "NWB L LE", "fall risk",
                                                     "sternal precautions", "HR < 120 with activity",
                                                     "none")) + "."),
                ("front", "Home: lives %s in a %s with %d step(s) to enter." % (
                    self.ch(("alone", "with spouse", "with daughter", "with son and his family")),
                    self.ch(("1-story house", "2nd floor apartment", "split-level home", "mobile home")),
                    r(0, 14))),
                ("front", "Objective: " + meas + "."),
                ("back", "HEP: " + "; ".join(self.exercises(r(2, 4))[-3:]) + "; handout updated."),
                ("back", "Authorization: %d visits remaining of %d." % (r(1, 12), r(12, 24))),
                ("back", "Fall-risk screen %s; reviewed footwear and night lighting." % self.ch((
                    "positive", "negative"))),
            ]
        self.r.shuffle(common)
        return common

    def unit_codes_sel(self, area):
        codes = ["97597"]
        add = 0 if area <= 20 else int(math.ceil((area - 20) / 20.0 - 1e-9))
        if add:
            codes.append("97598x%d" % add if self.p(0.6) else "97598 x %d" % add)
        return codes

    def charge_line(self, codes):
        lab = self.ch(("CPT: ", "Billed: ", "Charges: ", "Charge: ", "CPT ", "Billing: ",
                       "Charges - "))
        sep = self.ch((", ", ", ", " / ", "; ", " | "))
        return lab + sep.join(codes)

    # ------------------------------------------------------------------
    # Wound notes
    # ------------------------------------------------------------------

    def wound_block(self, i, quality, big=False, with_post=True):
        site, etio = self.site(quality, big)
        L, W, D = self.dims(big)
        lines = []
        label = self.ch(("Wound #%d - " % i, "Wound %d: " % i, "Ulcer %s - " % "ABC"[i - 1],
                         "#%d\t" % i, "Site: "))
        lines.append("%s%s (%s)" % (label, site, self.ch(ETIOLOGY_TEXT[etio])))
        dropped_size = quality == "poor" and self.p(0.4)
        if not dropped_size:
            pre = self.ch(("Pre-debridement: ", "Measurements: ", "Size: ", "Measured: ",
                           "Dimensions (cm): ", ""))
            lines.append(pre + self.fmt_size(L, W, D, with_depth=not (quality != "good" and self.p(0.3))))
        parts = []
        if quality == "good" or self.p(0.6):
            parts.append("Wound bed: " + self.bed())
        if quality == "good" or self.p(0.5):
            parts.append("Drainage: " + self.ch(DRAINAGE))
        if quality == "good" or self.p(0.4):
            parts.append("Periwound: " + self.ch(PERIWOUND))
        if quality == "good" or self.p(0.3):
            parts.append("Odor: " + self.ch(ODOR))
        if quality == "good" or self.p(0.4):
            parts.append(self.ch(INFECTION).capitalize())
        if self.p(0.3):
            parts.append("Undermining %.1f cm from %d to %d o'clock" % (self.ri(2, 15) / 10.0, self.ri(1, 6), self.ri(7, 12)))
        sep = "\n" if self.p(0.7) else ". "
        if parts:
            lines.append(sep.join(parts))
        post_dims = (L, W, D)
        if with_post and self.p(0.3):
            post_dims = (round(L + self.ri(0, 3) / 10.0, 1), round(W + self.ri(0, 2) / 10.0, 1),
                         round(D + self.ri(0, 2) / 10.0, 1))
        area = 0.0 if dropped_size else post_dims[0] * post_dims[1]
        return "\n".join(lines), site, (L, W, D), post_dims, area

    def wound_header(self):
        return self.ch(("WOUND CARE CENTER - PROCEDURE NOTE", "Wound Clinic Progress Note",
                        "OUTPATIENT WOUND MANAGEMENT - DAILY NOTE", "Podiatry Progress Note",
                        "Home Health SN Visit - Wound Care", "WOC Nurse Consult Follow-up",
                        "PHYSICAL THERAPY - WOUND MANAGEMENT NOTE", "Inpatient Wound Team Note",
                        "SNF Skin/Wound Rounds"))

    def copy_forward(self, kind):
        d = self.date()
        if kind == "wound":
            L, W, D = self.dims()
            return ("PRIOR VISIT %s: %s %s, %s. %s removed with %s to dermis. Charges: 97597" % (
                d, self.site("good")[0], self.fmt_size(L, W, D), self.bed(),
                self.ch(REMOVED_SEL).capitalize(), self.ch(INSTR_SEL)))
        m1 = self.ri(15, 40)
        return ("PRIOR VISIT %s (copied forward): Ther ex %d min - %s; %s. NMR %d min. Total timed %d min. Billed: 97110 x%d, 97112" % (
            d, m1, self.exercise(), self.exercise(), self.ri(8, 20), m1 + 15, max(1, (m1 + 7) // 15)))

    def dressing(self, site):
        parts = [self.ch(PRIMARY), self.ch(SECONDARY)]
        if any(w in site for w in LEG_WORDS) and self.p(0.7):
            parts.append(self.ch(COMPRESSION))
        elif any(w in site for w in FOOT_WORDS) and self.p(0.5):
            parts.append(self.ch(("felt offloading pad", "CAM boot", "post-op shoe", "heel offloading boot")))
        return ", ".join(parts)

    def checkbox_row(self, items):
        tick, box = self.ch((("[x]", "[ ]"), ("[X]", "[ ]"), ("\u2612", "\u2610"), ("\u2611", "\u2610")))
        return "  ".join((tick if on else box) + " " + txt for txt, on in items)

    def note_selective(self, quality):
        out = [self.wound_header()]
        if self.p(0.5):
            out.append("Date of service: " + self.date() + "   Provider: " + self.ch(PROVIDERS))
            self.front_at = 2
        nw = self.ch((1, 1, 1, 2, 2, 3))
        blocks, total = [], 0.0
        for i in range(1, nw + 1):
            b, site, pre, post, area = self.wound_block(i, quality)
            blocks.append((b, site, pre, post))
            total += area
            out.append(b)
        ehr = self.p(0.15)
        if quality == "good" or self.p(0.4):
            out.append(self.ch(("Medical necessity: ", "Indication: ", "Rationale for debridement: ",
                                "Necessity: ")) + self.ch(NECESSITY))
        if quality == "poor":
            if ehr:
                out.append("Procedures: " + self.checkbox_row([
                    ("Wound cleansing", True), ("Selective debridement", self.p(0.3)),
                    ("Dressing change", True), ("Measurements obtained", self.p(0.5))]))
                out.append("Tissue removed: ***   Instrument: ___   Depth: {blank}")
            n = self.ri(2, 4)
            out.append(" ".join(self.r.sample(TEMPLATE_WOUND[:-2], n)))
        else:
            for (b, site, pre, post) in blocks:
                instr = self.ch(INSTR_SEL)
                tissue = self.spell(self.ch(REMOVED_SEL))
                if "callus" in tissue and not any(w in site for w in FOOT_WORDS):
                    tissue = self.ch(("slough", "fibrin", "biofilm"))
                depth = self.ch(("dermis", "dermis", "epidermis/dermis", "epidermis", "papillary dermis"))
                verb = self.ch(("removed with", "debrided with", "excised with", "pared with",
                                "cleared from the base using"))
                s = "%s %s: %s %s %s" % (
                    self.ch(("Selective sharp " + self.spell("debridement"), "Selective debridement",
                             "Sharp selective debridement", "Procedure - selective debridement")),
                    site, tissue.capitalize(), verb, instr)
                if quality == "good" or self.p(0.6):
                    s += " to the level of the %s" % depth
                s += self.ch((", pinpoint bleeding, hemostasis with pressure.", "; minimal bleeding.",
                              " until bleeding viable tissue was reached.", "."))
                if quality == "fair" and self.p(0.3):
                    s = "Debridement performed %s, tolerated well." % site
                out.append(s)
                if quality == "good" or self.p(0.4):
                    out.append("Post-debridement %s: %s" % (site, self.fmt_size(*post)))
            if ehr:
                out.append(self.checkbox_row([("Wound cleansing", True), ("Selective debridement", True),
                                              ("Excisional debridement", False), ("Dressing change", True)]))
        site0 = blocks[0][1]
        out.append("Dressing: " + self.dressing(site0) + self.ch(("", "; change every 2 days and PRN",
                                                                  "; change daily", "; 3x/week")))
        if self.p(0.5):
            if any(w in site0 for w in FOOT_WORDS):
                edu = "Pt instructed in offloading and daily foot checks; verbalized understanding."
            elif any(w in site0 for w in LEG_WORDS):
                edu = "Elevate legs above heart 3x/day; keep compression dry."
            elif any(w in site0 for w in ("sacr", "cocc", "isch", "troch", "buttock")):
                edu = "Turn q2h, pressure-redistribution cushion in chair; caregiver verbalized schedule."
            else:
                edu = "Caregiver taught dressing change; return demonstration correct."
            out.append(edu)
        out.append("Plan: " + self.ch(("RTC 1 week; re-measure.", "Continue 2x/wk.",
                                       "Reassess next visit, consider NPWT if no progress.",
                                       "Vascular consult pending; continue current regimen.")))
        if total > 0:
            codes = self.unit_codes_sel(total)
        else:
            codes = ["97597"]
        if quality != "good" and self.p(0.3):
            codes = ["97597", "97598x%d" % self.ri(1, 3)]
        return out, codes

    def note_surgical(self, quality):
        out = [self.ch(("OPERATIVE NOTE", "PROCEDURE NOTE - EXCISIONAL DEBRIDEMENT", "Bedside procedure note",
                        "OPERATIVE REPORT"))]
        depth_key = self.ch(("subcutaneous", "subcutaneous", "subcutaneous", "muscle", "bone"))
        big = self.p(0.5)
        site, etio = self.site(quality, big)
        L, W, D = self.dims(big)
        D = max(D, 0.8)
        out.append("PREOPERATIVE DIAGNOSIS: %s, %s." % (self.ch(ETIOLOGY_TEXT[etio]).capitalize(), site))
        out.append("POSTOPERATIVE DIAGNOSIS: Same.")
        out.append("PROCEDURE: Excisional debridement, %s." % site)
        out.append("ANESTHESIA: " + self.ch(("Local, 1% lidocaine 10 mL", "MAC with local", "General",
                                             "None - insensate wound", "Spinal")))
        out.append("EBL: %d mL. COMPLICATIONS: None." % self.ri(2, 80))
        self.front_at = len(out)
        if quality == "good" or self.p(0.5):
            out.append("INDICATIONS: " + self.ch(NECESSITY).capitalize() + ".")
        out.append("FINDINGS: Wound measured %s before debridement. %s. Drainage: %s. Periwound %s." % (
            self.fmt_size(L, W, D), self.bed(), self.ch(DRAINAGE), self.ch(PERIWOUND)))
        if quality == "poor":
            out.append(" ".join(self.r.sample(TEMPLATE_WOUND[:-2], 2)) + " Excisional debridement performed.")
        else:
            if depth_key == "subcutaneous":
                tissue, instr, lvl = self.ch(REMOVED_SURG), self.ch(INSTR_SURG), "subcutaneous tissue"
            elif depth_key == "muscle":
                tissue, instr, lvl = self.ch(REMOVED_MUSCLE), self.ch(INSTR_SURG), self.ch(("muscle", "fascia", "muscle and fascia"))
            else:
                tissue, instr, lvl = self.ch(REMOVED_BONE), self.ch(INSTR_BONE), "bone"
            out.append("DESCRIPTION: Prepped and draped in the usual sterile fashion. %s was sharply excised with %s back to bleeding viable tissue. Deepest level removed: %s. Irrigated with %d mL NS. Hemostasis with %s." % (
                tissue.capitalize(), instr, lvl, self.ch((250, 500, 1000, 3000)),
                self.ch(("pressure", "silver nitrate", "electrocautery"))))
            if quality == "good" or self.p(0.5):
                post = (L + self.ri(0, 4) / 10.0, W + self.ri(0, 3) / 10.0, D + self.ri(1, 5) / 10.0)
                out.append("Post-debridement: %s." % self.fmt_size(*post))
                L, W = post[0], post[1]
        out.append("DRESSING: %s." % self.dressing(site))
        area = L * W
        add = 0 if area <= 20 else int(math.ceil((area - 20) / 20.0 - 1e-9))
        prim, addon = {"subcutaneous": ("11042", "11045"), "muscle": ("11043", "11046"),
                       "bone": ("11044", "11047")}[depth_key]
        codes = [prim] + (["%sx%d" % (addon, add)] if add else [])
        if quality == "poor" and self.p(0.4):
            codes = ["11043"]
        return out, codes

    def note_nonselective(self, quality):
        out = [self.wound_header()]
        b, site, pre, post, area = self.wound_block(1, quality)
        out.append(b)
        if quality != "poor":
            out.append(self.ch(("Necessity: ", "Indication: ")) + self.ch(NECESSITY))
            out.append(self.ch((
                "Non-selective debridement: collagenase ointment applied nickel-thick to the eschar, crosshatched with #11 blade first; covered with moist gauze.",
                "Wet-to-moist gauze debridement of slough, removed after 6 h per order.",
                "Mechanical debridement with monofilament pad to loosen slough and debris.",
                "Autolytic debridement: hydrogel under occlusive film to soften eschar.",
                "Enzymatic debridement with collagenase daily; slough softening at edges.")))
        else:
            out.append(" ".join(self.r.sample(TEMPLATE_WOUND[:-2], 2)))
        out.append("Dressing: " + self.dressing(site))
        return out, ["97602"]

    def note_npwt(self, quality):
        out = [self.ch(("NPWT Dressing Change Note", "Home Health SN Visit - NPWT",
                        "Inpatient WOC Nurse - NPWT Note", "Wound Clinic - Negative Pressure Therapy"))]
        if self.p(0.4):
            out.append("Homebound: requires walker and assist x1; taxing effort to leave home.")
            self.front_at = 2
        b, site, pre, post, area = self.wound_block(1, quality, big=True, with_post=False)
        out.append(b)
        if quality == "good" or self.p(0.5):
            out.append("Necessity: " + self.ch((
                "moderate-large exudate saturating gauze q4h; NPWT to manage exudate and promote granulation",
                "failed 2 wks of moist gauze packing; cavity wound healing by secondary intention",
                "dehisced incision with high exudate; NPWT to reduce edema and promote closure")))
        durable = self.p(0.55)
        dev = self.ch(("durable DME rental pump", "DME NPWT unit (rental)", "durable pump, serial on file")) if durable \
            else self.ch(("single-use disposable NPWT system", "disposable 7-day NPWT unit", "disposable canister-free system"))
        if quality == "poor":
            out.append(self.ch(("VAC changed. NPWT continued.", "Wound vac changed per orders. Tolerated well.",
                                "NPWT continued. Dressing changed.")))
            if self.p(0.5):
                out.append("Device: " + dev)
        else:
            pressure = self.ch((-125, -125, -125, -100, -75, -150))
            mode = self.ch(("continuous", "continuous", "intermittent", "dynamic"))
            foam = self.ch(("black polyurethane foam", "white PVA foam", "black GranuFoam", "gauze-based filler"))
            s = "NPWT: old dressing removed intact (%d piece), wound irrigated with NS, %s cut to fit, drape applied, therapy resumed" % (
                self.ri(1, 3), foam)
            if quality == "good" or self.p(0.5):
                s += " at %d mmHg %s" % (pressure, mode)
            out.append(s + "; seal confirmed, no leaks.")
            out.append("Device: " + dev)
            out.append("Change frequency: " + self.ch(("M/W/F and PRN loss of seal", "every 72 h", "3x/week")))
        if self.p(0.3):
            out.append(self.checkbox_row([("DME rental pump", durable), ("Disposable system", not durable),
                                          ("Continuous", self.p(0.5)), ("Intermittent", False)]))
        big = area > 50
        if durable:
            code = "97606" if big else "97605"
        else:
            code = "97608" if big else "97607"
        if quality == "poor" and self.p(0.3):
            code = {"97605": "97607", "97607": "97605", "97606": "97605", "97608": "97606"}[code]
        return out, [code]

    def note_dressing_only(self, quality):
        out = [self.wound_header()]
        b, site, pre, post, area = self.wound_block(1, quality)
        out.append(b)
        if self.p(0.5):
            out.append(self.checkbox_row([("Wound cleansing", True), ("Selective debridement", False),
                                          ("Dressing change", True), ("Patient education", self.p(0.5))]))
        out.append(" ".join(self.r.sample(TEMPLATE_WOUND[:6], 2)))
        out.append("Dressing: " + self.dressing(site))
        codes = self.ch((["97597"], ["11042"], ["97602"], []))
        return out, codes

    # ------------------------------------------------------------------
    # Therapy notes
    # ------------------------------------------------------------------

    def exercise(self, region=None):
        warm, pool = EX_BY_REGION[region or self.region]
        t = self.ch(warm) if self.p(0.15) else self.ch(pool)
        return t.format(lvl=self.ri(1, 8), m=self.ri(5, 10), spd="%.1f" % (self.ri(8, 30) / 10.0),
                        s=self.ri(2, 4), r=self.ch((8, 10, 12, 15, 20)), w=self.ri(1, 5),
                        w0=self.ri(2, 12) * 5, band=self.ch(BANDS))

    def exercises(self, n):
        """n distinct exercises of the current region (a warm-up first, sometimes)."""
        warm, pool = EX_BY_REGION[self.region]
        out = [self.ch(warm)] if self.p(0.6) else []
        f = self.exercise
        for t in self.r.sample(pool, min(n, len(pool))):
            out.append(t.format(lvl=self.ri(1, 8), m=self.ri(5, 10), spd="%.1f" % (self.ri(8, 30) / 10.0),
                                s=self.ri(2, 4), r=self.ch((8, 10, 12, 15, 20)), w=self.ri(1, 5),
                                w0=self.ri(2, 12) * 5, band=self.ch(BANDS)))
        return out

    def op_pads(self):
        r = self.ri
        hpi = " ".join(self.fmt(t) for t in self.r.sample(WOUND_HPI, min(len(WOUND_HPI), r(3, 9))))
        pads = [
            ("front", "HISTORY: " + hpi),
            ("front", "LABS: albumin %.1f g/dL, WBC %.1f, ESR %d, CRP %.1f mg/dL." % (
                r(26, 44) / 10.0, r(50, 160) / 10.0, r(10, 110), r(5, 150) / 10.0)),
            ("front", "CONSENT: risks including bleeding, infection, need for further debridement and "
                      "amputation discussed; written consent signed."),
            ("front", "TIME-OUT: performed with the full team; site marked and confirmed."),
            ("back", "DISPOSITION: %s in stable condition." % self.ch(("PACU", "back to the floor",
                                                                       "home with family", "SNF"))),
            ("back", "PLAN: %s" % self.ch(("wound clinic in 1 week", "return to OR in 48 hours for re-look",
                                          "start NPWT once the base is clean", "ID consult for culture-directed antibiotics",
                                          "vascular surgery to evaluate inflow"))),
            ("back", "SPECIMENS: %s." % self.ch(("deep tissue for culture", "bone for pathology and culture",
                                                "none"))),
        ]
        self.r.shuffle(pads)
        return pads

    def fmt_min(self, m):
        return self.ch(("%d min" % m, "%d min" % m, "%d'" % m, "%d minutes" % m, "x %d min" % m, "(%d min)" % m))

    def service_block(self, code, minutes, quality, clock):
        r = self.ri
        if code == "97110":
            name = self.ch(("Therapeutic exercise 97110", "Ther ex", "TE", "Therapeutic exercise", "THEREX"))
            items = self.exercises(r(2, 7))
        elif code == "97112":
            name = self.ch(("Neuromuscular re-education 97112", "NMR", "Neuro re-ed", "Balance training (NMR)"))
            items = [self.ch(NMR).format(s=r(2, 4), r=r(5, 15)) for _ in range(r(2, 4))]
        elif code == "97116":
            name = self.ch(("Gait training 97116", "Gait training", "Gait"))
            items = [self.ch(GAIT).format(d=r(3, 30) * 10, s=r(1, 4), ad=self.ch(ADS), assist=self.ch(ASSISTS),
                                          st=self.ch((4, 6, 12, 14))) for _ in range(r(1, 3))]
            if quality != "poor":
                items.append("Deviations: %s, %s" % tuple(self.r.sample(DEVIATIONS, 2)))
        elif code == "97140":
            name = self.ch(("Manual therapy 97140", "Manual", "Jt mobs", "Manual therapy"))
            items = [self.ch(MANUAL[self.region]).format(s=r(2, 4)) for _ in range(r(1, 3))]
        elif code == "97530":
            name = self.ch(("Therapeutic activities 97530", "Ther act", "Functional activities"))
            items = [self.ch(THERACT).format(s=r(2, 4), r=r(5, 12), assist=self.ch(ASSISTS)) for _ in range(r(1, 3))]
        elif code == "97535":
            name = self.ch(("Self-care/home management training 97535", "ADL training", "Self-care training"))
            items = [self.ch(SELFCARE).format(assist=self.ch(ASSISTS)) for _ in range(r(1, 3))]
            if quality == "good" or self.p(0.4):
                items.append(self.ch(("Teach-back: pt explained the sequence correctly.",
                                      "Return demonstration by caregiver, correct on 2nd trial.",
                                      "Pt verbalized understanding and demonstrated safely.")))
        elif code == "97035":
            name = "Ultrasound 97035"
            items = ["1 MHz, %.1f W/cm2, %s, to %s, constant attendance" % (
                self.ri(5, 15) / 10.0, self.ch(("continuous", "20% pulsed")),
                US_TARGET[self.region])]
        else:
            name = "E-stim, attended 97032"
            items = ["IFC to lumbar paraspinals, attended, intensity adjusted x2 for comfort"]
        if quality != "poor" and self.p(0.8):
            items.append(self.ch(CUES))
        if quality == "good" and self.p(0.5):
            items.append(self.ch(PROGRESS).format(a=self.ch(BANDS[:3]), b=self.ch(BANDS[2:]), w=r(1, 5)))
        if quality == "poor" and self.p(0.6):
            items = [self.ch(("per flowsheet", "see flowsheet", "as tolerated", "x 10 each"))]
        if minutes is None:
            head = name
        elif clock is not None:
            h, m0 = clock
            end = m0 + minutes
            head = "%02d%02d-%02d%02d %s" % (h + m0 // 60, m0 % 60, h + end // 60, end % 60, name)
        else:
            head = "%s %s" % (name, self.fmt_min(minutes))
            if self.p(0.3):
                head = "%s - %d min" % (name, minutes)
        bullet = self.ch(("- ", "* ", "\t", "  ", "\u2022 "))
        if self.p(0.25):
            return head + ": " + "; ".join(items)
        return head + "\n" + "\n".join(bullet + it for it in items)

    def cms_units(self, mins):
        total = sum(mins.values())
        units = (total + 7) // 15
        alloc = {c: m // 15 for c, m in mins.items()}
        left = units - sum(alloc.values())
        order = sorted(mins, key=lambda c: -(mins[c] % 15))
        for c in order:
            if left <= 0:
                break
            alloc[c] += 1
            left -= 1
        return alloc

    def note_therapy(self, quality):
        out = [self.ch(SETTINGS)]
        ot = "OCCUPATIONAL" in out[0] or " OT " in out[0]
        while True:
            dx, self.region = self.ch(DX_PT)
            if not ot or self.region != "spine":
                break
        out.append("Dx: %s%s" % (dx, self.ch(("", "; Visit %d of %d" % (self.ri(2, 11), self.ri(12, 24))))))
        self.front_at = 2
        pool = ["97535", "97530", "97110", "97112"] if ot else ["97110", "97110", "97112", "97116", "97140", "97530", "97035"]
        ncodes = self.ch((1, 2, 2, 2, 3))
        codes = []
        while len(codes) < ncodes:
            c = self.ch(pool)
            if c not in codes:
                codes.append(c)
        mins = {c: self.ri(8, 32) for c in codes}
        untimed = self.ri(8, 15) if self.p(0.4) else 0
        timed_total = sum(mins.values())
        clock = None
        start_h, start_m = self.ri(7, 16), self.ch((0, 5, 15, 30, 45))
        if self.p(0.4):
            out.append("Time in: %02d%02d   Time out: %02d%02d" % (
                start_h, start_m, start_h + (start_m + timed_total + untimed) // 60,
                (start_m + timed_total + untimed) % 60))
        if self.p(0.25):
            clock = (start_h, start_m + untimed)
        subj = self.ch(("S: Pt reports %d/10 pain, %s." % (self.ri(0, 7), self.ch((
            "stiff in the morning", "better after last visit", "sore 2 days after",
            "walked to the mailbox without the cane", "one near-fall on the stairs this week"))),
            "S: \"%s\"" % self.ch(QUOTES[self.region]),
            "Subjective: no new complaints; HEP 5 of 7 days."))
        out.append(subj)
        if self.p(0.3):
            out.append(self.fmt(self.ch(THERAPY_HPI)))
        if untimed:
            out.append(self.ch(("Moist heat", "Hot pack", "Cold pack", "Unattended IFC")) +
                       " %d min (untimed, not billed)" % untimed)
        if quality == "poor" and self.p(0.6):
            n = self.ri(2, 5)
            out.append(" ".join(self.r.sample(TEMPLATE_PT, n)))
            if self.p(0.5):
                out.append("Ther ex per flowsheet. Pt tolerated treatment well.")
            with_minutes = self.p(0.3)
        else:
            with_minutes = quality == "good" or self.p(0.7)
            m_clock = None if clock is None else list(clock)
            for c in codes:
                mm = mins[c] if with_minutes else None
                out.append(self.service_block(c, mm, quality, tuple(m_clock) if m_clock else None))
                if m_clock:
                    m_clock[1] += mins[c]
            if quality != "poor" or self.p(0.3):
                out.append("A: " + self.ch((
                    "Improved eccentric control; compensations reduced with cueing.",
                    "Pt required fewer cues than last session; fatigue after set 2 limited reps.",
                    "Balance reactions delayed on foam, improving; progressed per response.",
                    "Pain did not increase; tolerated progression of resistance.")))
            if quality == "good" or self.p(0.5):
                out.append(self.ch(("Goal: ", "LTG: ", "Functional goal: ", "Working toward: ")) + self.ch(GOALS) + ".")
        out.append("P: " + self.ch(("Continue 2x/wk; progress as tolerated.", "Continue POC.",
                                    "Add perturbation training next visit.", "Update HEP next session.",
                                    "Re-eval in 2 weeks.")))
        if self.p(0.2):
            out.append(self.copy_forward("therapy"))
        if with_minutes and (quality == "good" or self.p(0.5)):
            out.append(self.ch(("Total timed code minutes: %d   Total treatment time: %d min",
                                "Total timed: %d'   Total tx: %d'",
                                "Timed minutes %d | Total time %d")) % (timed_total, timed_total + untimed))
        alloc = self.cms_units(mins)
        billed = []
        for c in codes:
            u = alloc[c]
            if quality != "good" and self.p(0.35):
                u += 1
            if u <= 0:
                continue
            mod = self.ch(("", "", "-GP", "-GO" if ot else "-GP"))
            if u == 1 and self.p(0.5):
                billed.append(c + mod)
            else:
                billed.append(c + mod + self.ch(("x%d", " x%d", " x %d", "*%d")) % u)
        if not billed:
            billed = [codes[0]]
        return out, billed

    def note_group(self, quality):
        out = ["PT Group Session Note"]
        n = self.ri(2, 5)
        m = self.ri(20, 45)
        out.append("Group therapy, %d patients, %d min, constant attendance by PT; %s." % (
            n, m, self.ch(("seated balance circuit", "aquatic LE strengthening", "joint class: sit-to-stand and step-ups"))))
        if quality != "poor":
            out.append("Pt performed: " + "; ".join(self.exercises(self.ri(2, 4))))
            out.append(self.ch(CUES) + ". Goal: " + self.ch(GOALS) + ".")
        else:
            out.append(self.ch(TEMPLATE_PT))
        codes = ["97150"]
        if quality == "poor" and self.p(0.5):
            codes.append("97110x2")
        return out, codes

    # ------------------------------------------------------------------

    def note(self, idx):
        self.front_at = 1
        self.region = self.ch(("le", "le", "ue", "spine", "neuro"))
        r = self.r.random()
        q = self.r.random()
        quality = "good" if q < 0.4 else ("fair" if q < 0.7 else "poor")
        if r < 0.22:
            body, codes = self.note_selective(quality)
        elif r < 0.30:
            body, codes = self.note_surgical(quality)
        elif r < 0.34:
            body, codes = self.note_nonselective(quality)
        elif r < 0.44:
            body, codes = self.note_npwt(quality)
        elif r < 0.50:
            body, codes = self.note_dressing_only(quality)
        elif r < 0.95:
            body, codes = self.note_therapy(quality)
        else:
            body, codes = self.note_group(quality)
        kind_wound = r < 0.50
        kind = "op" if 0.22 <= r < 0.30 else ("wound" if kind_wound else "therapy")
        if kind_wound and self.p(0.15):
            body.insert(self.ri(1, len(body)), self.copy_forward("wound"))
        # pad to a target length with realistic optional sections, each at most once
        target = int(300 + (self.r.random() ** 1.6) * 2500)
        size = sum(len(x) + 1 for x in body)
        front = min(self.front_at, len(body) - 1)
        for pos, x in self.pads(kind):
            if size >= target:
                break
            if pos == "front":
                body.insert(front, x)
                front += 1
            else:
                body.insert(len(body) - 1, x)
            size += len(x) + 1
        if size < 320:
            body.append("I personally performed the services documented above; time reflects direct patient contact.")
        while size > 2900 and len(body) > 4:
            drop = body.pop(self.ri(1, len(body) - 2))
            size -= len(drop) + 1
        # where the codes go: record field, charge line, or both
        where = self.r.random()
        rec_codes = None
        if codes:
            if where < 0.45:
                rec_codes = codes
            elif where < 0.9:
                body.append(self.charge_line(codes))
            else:
                rec_codes = codes
                body.append(self.charge_line(codes))
        if self.p(0.15):
            body.append(self.ch(("-- signed electronically", "Signed: K.T., PT", "e-signed by provider",
                                 "Electronically signed 17:42")))
        sep = "\n\n" if self.p(0.35) else "\n"
        text = sep.join(body)
        # near-clones: reuse an earlier text, changing only dates/numbers
        if self.recent and self.p(0.03):
            base, rec_codes = self.ch(self.recent)
            text = base.replace("1", "2", 1).replace("/2", "/3", 1)
        elif self.p(0.02):
            self.recent.append((text, rec_codes))
            if len(self.recent) > 200:
                self.recent.pop(0)
        if self.p(0.1):
            text = text.replace("\n", "\r\n")
        if self.p(0.02):
            text = text.replace(" ", "\u00a0", 3)
        rec = {"id": "gen-%07d" % idx, "text": text}
        if rec_codes is not None:
            rec["codes"] = rec_codes
        if self.p(0.6):
            rec["meta"] = {"provider": self.ch(PROVIDERS), "payer": self.ch(PAYERS),
                           "date": "2026-%02d-%02d" % (self.ri(1, 12), self.ri(1, 28)),
                           "patient": "synthetic-%05d" % self.ri(1, 40000)}
        return rec


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate synthetic notelint JSONL notes (deterministic).")
    ap.add_argument("--mb", type=float, default=None, help="write until at least this many MB (10^6 bytes)")
    ap.add_argument("--notes", type=int, default=None, help="write exactly this many notes")
    ap.add_argument("--out", default="-", help="output file ('-' = stdout, the default)")
    ap.add_argument("--seed", type=int, default=20260301, help="random seed (default 20260301)")
    a = ap.parse_args(argv)
    if a.mb is None and a.notes is None:
        a.mb = 100.0
    limit_bytes = int(a.mb * 1_000_000) if a.mb is not None else None
    g = Gen(a.seed)
    out = sys.stdout.buffer if a.out == "-" else open(a.out, "wb")
    written = 0
    n = 0
    buf = []
    bufsize = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    try:
        while True:
            if a.notes is not None and n >= a.notes:
                break
            if limit_bytes is not None and written + bufsize >= limit_bytes:
                break
            n += 1
            line = (dumps(g.note(n)) + "\n").encode("utf-8")
            buf.append(line)
            bufsize += len(line)
            if bufsize >= 1 << 20:
                out.write(b"".join(buf))
                written += bufsize
                buf, bufsize = [], 0
        out.write(b"".join(buf))
        written += bufsize
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        else:
            out.flush()
    sys.stderr.write("gen_notes: %d notes, %d bytes (%.2f MB), seed %d\n" % (n, written, written / 1e6, a.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
