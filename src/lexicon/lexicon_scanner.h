// LexiconScanner: every category of a LexiconSet found in one pass over a note's
// tokens (plain and `*` phrases, by hash lookup of token n-grams) plus one RE2
// pass per small group of `/regex/` phrases, instead of one scan per category.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "lexicon/token_hash.h"

namespace notelint::lexicon {

class LexiconSet;

// Matches of one category, leftmost-longest and non-overlapping within it, in
// text order; PhraseMatch::id indexes the category's entries.
using CategoryMatches = std::vector<std::vector<PhraseMatch>>;

class LexiconScanner {
 public:
  // Built from a loaded set; categories are numbered in LexiconSet::categories() order.
  // `extra`, when given, is one more category after the set's (e.g. template phrases).
  static Result<std::unique_ptr<LexiconScanner>> Build(const LexiconSet& set,
                                                       const std::vector<std::pair<std::string, int>>* extra = nullptr);
  // One category of (phrase, id) pairs, e.g. the template phrases; errors name `origin`.
  static Result<std::unique_ptr<LexiconScanner>> Build(const std::vector<std::pair<std::string, int>>& phrases,
                                                       const std::string& origin);

  // Thread-safe. out[c] gets category c's matches.
  void Scan(std::string_view text, CategoryMatches& out) const;

 private:
  struct Target {
    int category;
    int entry;
    int tokens;  // phrase length in tokens
  };
  struct Node {
    std::vector<Target> targets;  // phrases ending here
    bool prefix = false;          // a longer phrase continues
  };
  // Node as scanned: its targets are targets_[first, first + count).
  struct PackedNode {
    uint32_t first = 0;
    uint16_t count = 0;
    bool prefix = false;
  };
  struct Star {
    std::vector<std::string> head;  // exact tokens before the last
    std::string last_prefix;
    Target target;
  };
  static RE2::Options RegexOptions();
  Status AddPhrase(const std::string& phrase, Target t, const std::string& origin);
  Status Finish(size_t categories);  // compiles the regex groups
  void AddLiteral(const std::vector<std::string>& tokens, Target t);
  int32_t NodeFor(uint64_t key);                       // the node of an n-gram hash, created on first use
  void AddPlain(const std::string& phrase, Target t);  // a plain or `*` phrase, with its hyphen variants
  void AddStar(const std::string& phrase, Target t);   // one `*` phrase as written

  FlatIndex grams_;                 // n-gram hash -> index into nodes_
  std::vector<Node> nodes_;         // while building
  std::vector<PackedNode> packed_;  // after Finish, same indices
  std::vector<Target> targets_;
  FlatIndex star_index_;           // hash of a first token's first 1-3 letters -> stars_ index
  std::bitset<256> star_lead1_;    // one-letter prefixes
  std::bitset<65536> star_lead2_;  // first two bytes of longer prefixes
  std::vector<std::vector<Star>> stars_;
  size_t categories_ = 0;
  // Regex phrases in small groups (one automaton over hundreds of regexes
  // thrashes RE2's DFA cache): each group is one leftmost-longest RE2 plus an
  // anchored RE2::Set that tells which of its phrases matched.
  struct RegexGroup {
    std::unique_ptr<re2::RE2> any;
    std::unique_ptr<re2::RE2::Set> which;
    std::vector<std::pair<int, int>> targets;  // set index -> (category, entry)
    std::string source;                        // the alternation `any` compiles
  };
  std::vector<RegexGroup> groups_;
  int open_group_ = -1, open_gap_group_ = -1;  // the groups_ taking regexes (without / with a long gap)
};

// Splits normalized text into tokens: runs of [a-z0-9] (and non-ASCII bytes), and
// single punctuation characters; spaces and hyphens separate.
struct Token {
  int32_t begin, end;
};
std::vector<Token> Tokenize(std::string_view text);

}  // namespace notelint::lexicon
