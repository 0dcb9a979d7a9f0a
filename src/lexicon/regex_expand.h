// ExpandRegexPhrase: turns a `/regex/` lexicon phrase that only spells out a
// few word sequences ("\bstep[-\s]?through\b", "\binfect(?:ion|ed)\b") into the
// equivalent plain phrases, so the scanner finds them in its token pass
// instead of running RE2 over the whole note.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace notelint::lexicon {

// `regex` is the text between the slashes. Returns plain phrases in the lexicon
// syntax (space = whitespace, `-` = hyphen, space or nothing, trailing `*` =
// further letters) that match what the regex matches on word boundaries, or
// nullopt when the regex needs RE2 (digits, gaps, anchors, a match that may end
// inside a word, more than `max_variants` sequences, ...).
std::optional<std::vector<std::string>> ExpandRegexPhrase(std::string_view regex, size_t max_variants = 80);

}  // namespace notelint::lexicon
