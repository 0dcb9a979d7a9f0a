// Unit tests of the text, lexicon and detect stages: offsets back to the original,
// measurement forms, misspellings, one-pass scanning, minutes.
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <cctype>

#include "base/source_text.h"
#include "detect/dated_sentences.h"
#include "detect/measurements.h"
#include "detect/mentions.h"
#include "detect/minutes.h"
#include "detect/number_match.h"
#include "lexicon/lexicon_scanner.h"
#include "lexicon/lexicon_set.h"
#include "lexicon/spelling.h"
#include "lexicon/templates.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/utf8_check.h"

using namespace notelint;

TEST_CASE("normalize folds case and maps every byte back to an original code point") {
  SourceText src("Size: 3.2\u00d72.1\u00a0CM\r\nOK");
  auto n = text::Normalize(src);
  CHECK(n.text == "size: 3.2x2.1 cm\nok");
  // "x" came from the multiplication sign, code point 9 of the original
  size_t x = n.text.find('x');
  CHECK(n.to_orig[x] == 9);
  // the line break after CRLF maps to the LF; "ok" starts at code point 18
  CHECK(n.OrigSpan(n.text.find("ok"), n.text.size()).start == 18);
  CHECK(src.Position(18).line == 2);
  CHECK(src.Position(18).column == 1);
}

TEST_CASE("invalid UTF-8 and NUL bytes are named with their byte offset") {
  CHECK(text::CheckUtf8("ok \xe2\x9c\x93").ok());
  auto bad = text::CheckUtf8("abc\xb2");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.message().find("byte 3") != std::string::npos);
  CHECK(text::CheckUtf8(std::string("a\0b", 3)).message().find("NUL") != std::string::npos);
}

TEST_CASE("measurements in every common form become centimetres") {
  struct Case {
    const char* text;
    double length, width, depth, area;
  };
  const Case cases[] = {
      {"3.2 x 2.1 x 0.4 cm", 3.2, 2.1, 0.4, 6.72},
      {"3.2cm x 2.1cm", 3.2, 2.1, -1, 6.72},
      {"32 x 21 mm", 3.2, 2.1, -1, 6.72},
      {"3.2 by 2.1", 3.2, 2.1, -1, 6.72},
      {"l 3.2 w 2.1 d 0.4", 3.2, 2.1, 0.4, 6.72},
      {"length (cm): 5.0 width (cm): 3.5 depth (cm): 1.2", 5.0, 3.5, 1.2, 17.5},
      {"area 6.7 cm2", -1, -1, -1, 6.7},
      {"2 x 1.5 in", 5.08, 3.81, -1, 19.3548},
      {"3.2 cm (l) x 2.1 cm (w) x 0.4 cm (d)", 3.2, 2.1, 0.4, 6.72},
      {"l 3.2 cm / w 2.1 cm / d 0.4 cm", 3.2, 2.1, 0.4, 6.72},
      {"9 cm long x 6.5 cm wide x 1.5 cm deep", 9.0, 6.5, 1.5, 58.5},
      {"9l x 6.5w x 1.5d cm", 9.0, 6.5, 1.5, 58.5},
      // a letter glued to its number, and a depth written as a bound
      {"l3.2 w2.1 d0.4", 3.2, 2.1, 0.4, 6.72},
      {"3.2 x 2.1 x <0.1 cm", 3.2, 2.1, 0.1, 6.72},
      {"l 3.2 w 2.1 d less than 0.1", 3.2, 2.1, 0.1, 6.72},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto ms = detect::FindMeasurements(c.text);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].length_cm == doctest::Approx(c.length));
    CHECK(ms[0].width_cm == doctest::Approx(c.width));
    CHECK(ms[0].depth_cm == doctest::Approx(c.depth));
    CHECK(ms[0].area_cm2 == doctest::Approx(c.area));
  }
  // sets x reps, times and units are not sizes
  CHECK(detect::FindMeasurements("bridges 3 x 10, 2x/wk").empty());
  CHECK(detect::FindMeasurements("calf stretch 3 x 30\"").empty());
}

TEST_CASE("sizes in an exported table are read from the columns its header names") {
  auto ms = detect::FindMeasurements(
      "| # | site | l (cm) | w (cm) | d (cm) |\n"
      "|---|------|--------|--------|--------|\n"
      "| 1 | left heel | 4.0 | 3.5 | 0.3 |\n"
      "| 2 | sacrum | 2 | 1.5 | |\n"
      "drainage: small\n"
      "| 3 | not a table row any more | 9 | 9 | 9 |\n");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].length_cm == doctest::Approx(4.0));
  CHECK(ms[0].width_cm == doctest::Approx(3.5));
  CHECK(ms[0].depth_cm == doctest::Approx(0.3));
  CHECK(ms[1].area_cm2 == doctest::Approx(3.0));
  CHECK(ms[1].depth_cm == -1);
  // millimetres in the header; a table of exercises has no size columns
  auto mm = detect::FindMeasurements("| location | length (mm) | width (mm) |\n| left shin | 25 | 10 |\n");
  REQUIRE(mm.size() == 1);
  CHECK(mm[0].area_cm2 == doctest::Approx(2.5));
  CHECK(detect::FindMeasurements("| exercise | sets | reps |\n| bridges | 3 | 10 |\n").empty());
}

TEST_CASE("planned clauses of plan fields") {
  auto plan = lexicon::ParseLexicon("plan_clauses", "p",
                                    "label : p | plan\nverb : add | increase | progress to | trial | begin | start\n"
                                    "goal : goal | stg | goals\n");
  REQUIRE(plan.ok());
  auto set = lexicon::LexiconSet::FromFiles({plan.value()});
  REQUIRE(set.ok());
  detect::Detector detector(set.value());
  auto planned = [&](std::string_view note) {
    auto a = detector.Analyze(std::string(note));
    std::vector<std::string> out;
    for (const auto& r : a->planned) out.emplace_back(a->Text(r.begin, r.end));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(planned("P: increase TE to 30 min next session, add gait trng 15 min") ==
        V{"increase te to 30 min next session", "add gait trng 15 min"});
  CHECK(planned("Plan:\n1. Progress to step-ups; 2x/wk.\n- trial FES next visit\n\nAdd 2 lb.") ==
        V{"progress to step-ups", "2x/wk", "trial fes next visit"});
  // a frequency or length of care plans its clause; a count of sets does not
  CHECK(planned("P: gait training 3 x week for 4 weeks, bridges 3 x 10 today") ==
        V{"gait training 3 x week for 4 weeks"});
  CHECK(planned("P: ther ex weekly; NMR x 6 wks; manual 2 x 15").size() == 2);
  CHECK(planned("PLAN\n- begin NPWT at -125 mmHg continuous") == V{"begin npwt at -125 mmhg continuous"});
  // today's work under P:, a verb under another label, a step done today
  CHECK(planned("P: Selective debridement with curette, foam applied.").empty());
  CHECK(planned("Ther ex: add 2 lb to SLR.").empty());
  CHECK(planned("Plan: start gait training today, 10 min.").empty());
  // a goal field is a target as a whole
  CHECK(planned("STG: gait training to ambulate 500 ft, no AD.") == V{"gait training to ambulate 500 ft, no ad."});
  CHECK(planned("Goals:\n- dress independently\n\nTE 20 min.") == V{"dress independently"});
}

TEST_CASE("sentences dated to another visit than the date of service") {
  auto dated = [](std::string_view note) {
    SourceText src{std::string(note)};
    auto norm = text::Normalize(src);
    auto seg = text::Segment(src, norm);
    std::vector<std::string> out;
    for (const auto& r : detect::DatedOtherVisitSentences(norm.text, seg))
      out.emplace_back(norm.text.substr(r.begin, r.end - r.begin));
    return out;
  };
  auto d =
      dated("Wound clinic 3/5/26\nOn 2/26 slough removed. Today cleansed.\n02/19: eschar softened.\n03/05: dressing.");
  REQUIRE(d.size() == 2);
  CHECK(d[0] == "on 2/26 slough removed.");
  CHECK(d[1] == "02/19: eschar softened.");
  // no date of service: nothing is dated away
  CHECK(dated("Left heel.\nSlough noted.\nOn 2/26 slough removed.").empty());
  // a pain score inside a sentence is not a date that opens it
  CHECK(dated("DOS: 03/05/2026\nPain 4/10 on movement.").empty());
}

TEST_CASE("minutes and clock ranges") {
  auto m = detect::FindMinuteAmounts("ther ex x 23 min; manual 8'; 0905-0935 gait; 9:05 to 9:35");
  std::vector<int> got;
  for (const auto& x : m) got.push_back(x.minutes);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<int>{8, 23, 30, 30});
  CHECK(detect::FindMinuteAmounts("3-10 reps").empty());
  // a slash between two clock times; a score or a date is no range
  auto slash = detect::FindMinuteAmounts("time in/out: 0800/0845");
  REQUIRE(slash.size() == 1);
  CHECK(slash[0].minutes == 45);
  CHECK(detect::FindMinuteAmounts("pain 4/10, seen 11/23").empty());
  // a 24-hour start never wraps past noon: "2114-1140" is no range
  CHECK(detect::FindMinuteAmounts("2114-1140 neuro re-ed").empty());
  // glued to an "x", and dictated in words
  auto w = detect::FindMinuteAmounts("te x23min: slr; gait training for fifteen minutes; nmr twenty-five min");
  got.clear();
  for (const auto& x : w) got.push_back(x.minutes);
  CHECK(got == std::vector<int>{23, 15});
  // an assist count is not minutes, nor is a minute word without a number
  CHECK(detect::FindMinuteAmounts("transfer min a x1\n- min vc to maintain precautions").empty());
  CHECK(detect::FindMinuteAmounts("a few minutes of rest").empty());
  // the label first, also after a code
  auto first = detect::FindMinuteAmounts("[x] ther ex 97110   minutes: 24\ngait mins 14\nnmr min= 9");
  got.clear();
  for (const auto& x : first) got.push_back(x.minutes);
  CHECK(got == std::vector<int>{24, 14, 9});
  // a bare "min", a count after the word, a total's label, the amount's own unit
  CHECK(detect::FindMinuteAmounts("min 2 reps; minutes 3 sets; total minutes: 45; tot timed mins 38").empty());
  CHECK(detect::FindMinuteAmounts("ther ex 25 minutes: slr").size() == 1);
  auto prime = detect::FindMinuteAmounts("nmr x20': sls on foam; te x 15'");
  got.clear();
  for (const auto& x : prime) got.push_back(x.minutes);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<int>{15, 20});
  // a prime after a walking word, or from 100 up, is feet
  auto feet = detect::FindMinuteAmounts("gait: amb 150' x2 w/ spc, 12 min; walked 80'; w/c propelled x 60'; te 20'");
  got.clear();
  for (const auto& x : feet) got.push_back(x.minutes);
  CHECK(got == std::vector<int>{12, 20});
  // hours: a session's length, not a frequency
  auto h = detect::FindMinuteAmounts("gait training 1 hour; nmr 1 hr 10 min; te 1.5 hrs");
  got.clear();
  for (const auto& x : h) got.push_back(x.minutes);
  CHECK(got == std::vector<int>{60, 70, 90});
  CHECK(detect::FindMinuteAmounts("npwt change q48h, turn every 2 hours, elevate 24 hrs").empty());
}

TEST_CASE("durations after a label") {
  auto at = [](std::string_view t) { return detect::ReadDuration(t, 0); };
  CHECK(at(" 38")->minutes == 38);
  CHECK(at("1 hr 10 min")->minutes == 70);
  CHECK(at("1 hour and 5 minutes")->minutes == 65);
  CHECK(at("1.5 hrs")->minutes == 90);
  CHECK(at("1hr")->minutes == 60);
  CHECK_FALSE(at("1234").has_value());  // not the first digits of a longer number
  CHECK_FALSE(at("1.5").has_value());
  CHECK(at("thirty-eight and")->minutes == 38);
  CHECK(at("one hour")->minutes == 60);
  CHECK_FALSE(at("one session").has_value());
  CHECK_FALSE(at("___").has_value());
}

TEST_CASE("misspellings of lexicon words are read as the word but English words are not") {
  auto sp = lexicon::Speller::FromWords({"slough", "granulation", "curette", "changes"}, {"medial"});
  CHECK(sp.Suggest("sluogh").value_or("") == "slough");
  CHECK(sp.Suggest("granulaton").value_or("") == "granulation");
  CHECK(sp.Suggest("currette").value_or("") == "curette");
  CHECK_FALSE(sp.Suggest("sloughs").has_value());  // an inflection
  CHECK_FALSE(sp.Suggest("medial").has_value());   // a lexicon word itself
}

TEST_CASE("each speller answers from its own words, however often the same token is asked") {
  auto a = lexicon::Speller::FromWords({"slough"});
  auto b = lexicon::Speller::FromWords({"sloughy"});
  for (int round = 0; round < 3; ++round) {
    CHECK(a.Suggest("sluogh").value_or("") == "slough");
    CHECK_FALSE(b.Suggest("sluogh").has_value());
  }
  b.LoadDictionary("/nonexistent/words");  // a change: earlier answers of b are not reused
  CHECK(a.Suggest("sluogh").value_or("") == "slough");
}

TEST_CASE("the one-pass scanner finds every category with optional hyphens and longest matches") {
  auto tissue = lexicon::ParseLexicon("tissue", "t", "slough : slough\nfibrin : fibrin | fibrin slough\n");
  auto methods = lexicon::ParseLexicon("methods", "m", "wet-to-moist : wet-to-moist\nsharp : sharp debrid*\n");
  auto regexes = lexicon::ParseLexicon("npwt", "n", "pressure : /-\\d{2,3}\\s*mmhg/\n");
  REQUIRE(tissue.ok());
  REQUIRE(methods.ok());
  REQUIRE(regexes.ok());
  auto set = lexicon::LexiconSet::FromFiles({tissue.value(), methods.value(), regexes.value()});
  REQUIRE(set.ok());
  auto scanner = lexicon::LexiconScanner::Build(set.value());
  REQUIRE(scanner.ok());
  std::string text = "fibrin slough; wettomoist and wet to moist; sharp debridement at -125 mmhg";
  lexicon::CategoryMatches out;
  scanner.value()->Scan(text, out);
  // categories in name order: methods, npwt, tissue
  REQUIRE(out.size() == 3);
  CHECK(out[2].size() == 1);  // "fibrin slough" as one longest match
  CHECK(text.substr(out[2][0].begin, out[2][0].end - out[2][0].begin) == "fibrin slough");
  CHECK(out[0].size() == 3);  // wettomoist, wet to moist, sharp debridement
  REQUIRE(out[1].size() == 1);
  CHECK(text.substr(out[1][0].begin, out[1][0].end - out[1][0].begin) == "-125 mmhg");
}

TEST_CASE("scanner phrases join over spaces or one hyphen, not over a bulleted line break") {
  auto scanner = lexicon::LexiconScanner::Build(
      {{"ther-ex per flow-sheet", 0}, {"wound cleaned", 1}, {"lat pull-down*", 2}}, "test");
  REQUIRE(scanner.ok());
  auto count = [&](const std::string& text) {
    lexicon::CategoryMatches out;
    scanner.value()->Scan(text, out);
    return out.at(0).size();
  };
  CHECK(count("ther-ex per flowsheet") == 1);
  CHECK(count("ther ex per flow sheet") == 1);
  CHECK(count("wound\ncleaned") == 1);            // a wrapped line
  CHECK(count("ther ex\n- per flowsheet") == 0);  // "- per flowsheet" is its own bullet
  CHECK(count("wound - cleaned") == 0);
  CHECK(count("lat pulldowns 3 x 10") == 1);  // a star phrase's hyphen may be left out too
  CHECK(count("lat pull-downs") == 1);
  CHECK(count("lat pull downs") == 1);
}

TEST_CASE("UTF-8 check names the first bad byte wherever it falls in an 8-byte word") {
  for (size_t at = 0; at < 20; ++at) {
    std::string nul(24, 'a');
    nul[at] = '\0';
    auto st = text::CheckUtf8(nul);
    CHECK_FALSE(st.ok());
    CHECK(st.message().find("byte " + std::to_string(at)) != std::string::npos);
    std::string bad(24, 'b');
    bad[at] = static_cast<char>(0xff);
    auto st2 = text::CheckUtf8(bad);
    CHECK_FALSE(st2.ok());
    CHECK(st2.message().find("at byte " + std::to_string(at)) != std::string::npos);
  }
  CHECK(text::CheckUtf8("plain ascii text, caf\xc3\xa9 and more ascii after it").ok());
}

TEST_CASE("template phrases found in the lexicon scan match the template matcher") {
  auto tissue = lexicon::ParseLexicon("tissue", "t", "slough : slough\n");
  REQUIRE(tissue.ok());
  auto set = lexicon::LexiconSet::FromFiles({tissue.value()});
  REQUIRE(set.ok());
  auto templates = lexicon::TemplateSet::Parse(
      "phrase: wound cleaned | dressing changed per orders | /\\bpt\\s+tolerated\\s*[.;\\n]/\n"
      "lacks: tissue-removed\ncodes: SEL\nshows: nothing\ninstead: write more\n",
      "test");
  REQUIRE(templates.ok());
  detect::Detector detector(set.value(), &templates.value());
  std::string note = "Wound cleaned, slough noted. Dressing changed per orders. Pt tolerated.\n";
  auto a = detector.Analyze(note);
  CHECK(a->templates_scanned);
  std::vector<lexicon::PhraseMatch> expected;
  templates.value().matcher().FindAll(a->norm.text, expected);
  REQUIRE(a->template_matches.size() == expected.size());
  CHECK(expected.size() == 3);
  for (size_t i = 0; i < expected.size(); ++i) {
    CHECK(a->template_matches[i].begin == expected[i].begin);
    CHECK(a->template_matches[i].end == expected[i].end);
    CHECK(a->template_matches[i].id == expected[i].id);
  }
}

TEST_CASE("a number pattern tried only where numbers start finds what an unanchored search finds") {
  // The guard and shape of the minute amounts ("23 min", "23'"), on generated texts.
  RE2 amount(R"((?:^|[^\w.:/])(\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?\b|mins?\.|'(?:[^'\w]|$)|m\b))");
  auto guard = [](char c) {
    return !std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != ':' && c != '/';
  };
  auto shape = [](std::string_view t, size_t d, size_t) {
    size_t i = d;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i - d > 3) return false;
    i = detect::SkipSpace(t, i);
    if (i < t.size() && t[i] == '-') i = detect::SkipSpace(t, i + 1);
    return i < t.size() && (t[i] == 'm' || t[i] == '\'');
  };
  const std::vector<std::string> parts = {"7", "23", "120", "1234",  " ", "\n", "-", ":",        ".",
                                          "/", "x",  "min", "mins.", "'", "m",  "s", "\xC3\xA9", "\xE2\x80\xA2",
                                          "(", ")"};
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u; };
  for (int n = 0; n < 20000; ++n) {
    std::string t;
    for (int k = 1 + next() % 10; k > 0; --k) t += parts[next() % parts.size()];
    re2::StringPiece a[2], b[2];
    size_t pos = 0;
    for (;;) {
      bool want = pos < t.size() && amount.Match(t, pos, t.size(), RE2::UNANCHORED, a, 2);
      bool got = pos < t.size() && detect::NextNumberMatch(amount, t, pos, b, 2, false, guard, shape);
      REQUIRE(want == got);
      if (!want) break;
      REQUIRE(a[0].data() == b[0].data());
      REQUIRE(a[0].size() == b[0].size());
      pos = static_cast<size_t>(a[0].data() - t.data()) + std::max<size_t>(1, a[0].size());
    }
  }
}
