// ExpandRegexPhrase: which regex phrases become plain phrases, and into what.
#include "lexicon/regex_expand.h"

#include <doctest/doctest.h>

using notelint::lexicon::ExpandRegexPhrase;
using Phrases = std::vector<std::string>;

TEST_CASE("regex phrases that spell out word sequences become plain phrases") {
  CHECK(ExpandRegexPhrase("\\bwalker\\s+placement\\b") == Phrases{"walker placement"});
  CHECK(ExpandRegexPhrase("\\bstep[-\\s]?through\\b") == Phrases{"step-through"});
  CHECK(ExpandRegexPhrase("\\binfect(?:ion|ed)\\b") == Phrases{"infection", "infected"});
  CHECK(ExpandRegexPhrase("\\bstall(?:ed|s)?\\b") == Phrases{"stalled", "stalls", "stall"});
  CHECK(ExpandRegexPhrase("\\bweight[-\\s]?shift[a-z]*\\b") == Phrases{"weight-shift*"});
  CHECK(ExpandRegexPhrase("\\bgr[ae]y\\b") == Phrases{"gray", "grey"});
  CHECK(ExpandRegexPhrase("\\bsit\\s?to\\b") == Phrases{"sit to", "sitto"});
  CHECK(ExpandRegexPhrase("\\b(?:bed|base)\\s*:") == Phrases{"bed :", "bed:", "base :", "base:"});
  CHECK(ExpandRegexPhrase("\\bclass\\s+i{1,2}\\b") == Phrases{"class i", "class ii"});
  CHECK(ExpandRegexPhrase("\\bnext visit[ \\t]*:") == Phrases{"next visit :", "next visit:"});
}

TEST_CASE("regex phrases that need RE2 stay regexes") {
  CHECK_FALSE(ExpandRegexPhrase("\\b\\d{1,3}\\s?reps?\\b"));             // digits
  CHECK_FALSE(ExpandRegexPhrase("pre[-\\s]tibial"));                     // may start inside a word
  CHECK_FALSE(ExpandRegexPhrase("\\bleg press(?:es)?"));                 // may end inside a word
  CHECK_FALSE(ExpandRegexPhrase("(?m)^[ \\t]*back\\b"));                 // anchored to a line
  CHECK_FALSE(ExpandRegexPhrase("\\btraction\\b[^.;\\n]{0,30}\\bsec"));  // a gap
  CHECK_FALSE(ExpandRegexPhrase("\\bfoo|bar\\b"));                       // \b binds to one branch only
  CHECK_FALSE(ExpandRegexPhrase("\\b(?:mob\\w*|glides?)\\b"));           // a star before the end
  CHECK_FALSE(ExpandRegexPhrase("\\b(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)\\b", 80));  // too many
}
