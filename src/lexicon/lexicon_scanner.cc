// One-pass lexicon scanning: token n-gram lookup for plain phrases, one RE2 for regexes.
#include "lexicon/lexicon_scanner.h"

#include <algorithm>

#include "lexicon/lexicon_set.h"
#include "lexicon/regex_expand.h"

namespace notelint::lexicon {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool IsSeparator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-'; }

std::vector<std::string> PhraseTokens(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(phrase)) out.emplace_back(phrase.substr(t.begin, t.end - t.begin));
  return out;
}

// Whether a regex has a counted repetition of ten or more ("{0,40}").
bool LongRepeat(std::string_view re) {
  for (size_t i = re.find('{'); i != std::string_view::npos; i = re.find('{', i + 1)) {
    if (i > 0 && re[i - 1] == '\\') continue;
    size_t close = re.find('}', i);
    if (close == std::string_view::npos) break;
    std::string_view body = re.substr(i + 1, close - i - 1);
    size_t comma = body.rfind(',');
    std::string_view hi = comma == std::string_view::npos ? body : body.substr(comma + 1);
    if (hi.size() >= 2 && std::all_of(hi.begin(), hi.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  }
  return false;
}

// Star phrases are found by the first one to three letters of their first token.
uint64_t StarKey(std::string_view prefix) { return HashToken(prefix) ^ 0x5bd1e995ULL; }

}  // namespace

namespace {

// The one tokenizer: tokens into `toks`; when given, each token's HashToken
// into `hashes` and into `joins` whether a phrase may go on from the token
// before (the gap is whitespace, nothing, or one hyphen, as a phrase's space
// (`\s+`) or hyphen (`[-\s]?`) allows; "ex\n- per", a bullet, does not join),
// with one more entry after the last token.
void TokenizeInto(std::string_view text, std::vector<Token>& toks, std::vector<uint64_t>* hashes,
                  std::vector<char>* joins) {
  const int32_t len = static_cast<int32_t>(text.size());
  int32_t i = 0, gap_begin = 0;
  bool gap_hyphen = false;
  while (i < len) {
    char c = text[i];
    if (IsSeparator(c)) {
      gap_hyphen |= c == '-';
      ++i;
      continue;
    }
    int32_t b = i;
    uint64_t h = HashByte(kHashSeed, c);
    ++i;
    if (IsWordByte(c))
      for (; i < len && IsWordByte(text[i]); ++i) h = HashByte(h, text[i]);
    if (joins) joins->push_back(toks.empty() || b - gap_begin <= 1 || !gap_hyphen);
    toks.push_back(Token{b, i});
    if (hashes) hashes->push_back(Mix64(h));
    gap_begin = i;
    gap_hyphen = false;
  }
  if (joins) joins->push_back(1);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 4);
  TokenizeInto(text, out, nullptr, nullptr);
  return out;
}

int32_t LexiconScanner::NodeFor(uint64_t key) {
  int32_t& idx = grams_.Insert(key, static_cast<int32_t>(nodes_.size()));
  if (idx == static_cast<int32_t>(nodes_.size())) nodes_.emplace_back();
  return idx;
}

void LexiconScanner::AddLiteral(const std::vector<std::string>& tokens, Target t) {
  if (tokens.empty()) return;
  uint64_t key = HashToken(tokens[0]);
  for (size_t k = 1; k < tokens.size(); ++k) {
    nodes_[NodeFor(key)].prefix = true;
    key = ChainHash(key, HashToken(tokens[k]));
  }
  t.tokens = static_cast<int>(tokens.size());
  auto& targets = nodes_[NodeFor(key)].targets;
  for (const Target& o : targets)
    if (o.category == t.category && o.entry == t.entry) return;
  targets.push_back(t);
}

void LexiconScanner::AddStar(const std::string& p, Target t) {
  auto tokens = PhraseTokens(std::string_view(p).substr(0, p.size() - 1));
  if (tokens.empty()) return;
  Star st;
  st.last_prefix = tokens.back();
  tokens.pop_back();
  st.head = tokens;
  t.tokens = static_cast<int>(tokens.size()) + 1;
  st.target = t;
  const std::string& first = st.head.empty() ? st.last_prefix : st.head.front();
  std::string_view prefix = std::string_view(first).substr(0, std::min<size_t>(3, first.size()));
  if (prefix.size() == 1)
    star_lead1_[static_cast<unsigned char>(prefix[0])] = true;
  else
    star_lead2_[static_cast<unsigned char>(prefix[0]) << 8 | static_cast<unsigned char>(prefix[1])] = true;
  uint64_t key = StarKey(prefix);
  int32_t& idx = star_index_.Insert(key, static_cast<int32_t>(stars_.size()));
  if (idx == static_cast<int32_t>(stars_.size())) stars_.emplace_back();
  stars_[idx].push_back(st);
}

void LexiconScanner::AddPlain(const std::string& p, Target t) {
  // Each hyphen may also be left out: "neuro-muscular re-ed" matches
  // "neuromuscular re-ed" and "neuromuscular reed" (as `[-\s]?` would), and
  // "weight-shift*" matches "weightshifting".
  bool star = !p.empty() && p.back() == '*';
  std::vector<size_t> hyphens;
  for (size_t k = 0; k < p.size(); ++k)
    if (p[k] == '-') hyphens.push_back(k);
  size_t variants = hyphens.size() <= 4 ? (size_t{1} << hyphens.size()) : 1;
  for (size_t mask = 0; mask < variants; ++mask) {
    std::string v;
    for (size_t k = 0, h = 0; k < p.size(); ++k) {
      if (h < hyphens.size() && hyphens[h] == k) {
        if (!(mask >> h & 1)) v.push_back(' ');
        ++h;
        continue;
      }
      v.push_back(p[k]);
    }
    if (star)
      AddStar(v, t);
    else
      AddLiteral(PhraseTokens(v), t);
  }
}

RE2::Options LexiconScanner::RegexOptions() {
  RE2::Options opt;
  opt.set_longest_match(true);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  return opt;
}

Status LexiconScanner::AddPhrase(const std::string& p, Target t, const std::string& origin) {
  if (p.size() >= 2 && p.front() == '/' && p.back() == '/') {
    // A regex that only spells out a few word sequences joins the token pass.
    if (auto plain = ExpandRegexPhrase(std::string_view(p).substr(1, p.size() - 2))) {
      for (const std::string& v : *plain) AddPlain(v, t);
      return Status::Ok();
    }
    constexpr size_t kGroup = 84;  // timed on the bench notes (fourth session): 48 is 4% slower
    std::string re = PhraseMatcher::PhraseToRegex(p);
    // A long counted gap ("[^.;\n]{0,40}") multiplies the automaton states of
    // every regex grouped with it: such regexes share groups of their own.
    int& open = LongRepeat(re) ? open_gap_group_ : open_group_;
    if (open < 0 || groups_[open].targets.size() >= kGroup) {
      open = static_cast<int>(groups_.size());
      groups_.emplace_back();
      groups_.back().which = std::make_unique<RE2::Set>(RegexOptions(), RE2::ANCHOR_BOTH);
    }
    RegexGroup& g = groups_[open];
    std::string error;
    if (g.which->Add(re, &error) < 0) return Status::DataError(origin + ": " + error);
    g.targets.emplace_back(t.category, t.entry);
    g.source += (g.source.empty() ? "" : "|") + std::string("(?:") + re + ")";
    return Status::Ok();
  }
  AddPlain(p, t);
  return Status::Ok();
}

Status LexiconScanner::Finish(size_t categories) {
  categories_ = categories;
  packed_.reserve(nodes_.size());
  for (const Node& node : nodes_) {
    packed_.push_back(
        PackedNode{static_cast<uint32_t>(targets_.size()), static_cast<uint16_t>(node.targets.size()), node.prefix});
    targets_.insert(targets_.end(), node.targets.begin(), node.targets.end());
  }
  nodes_ = {};
  for (RegexGroup& g : groups_) {
    if (!g.which->Compile()) return Status::DataError("lexicon regexes do not compile together");
    g.any = std::make_unique<RE2>(g.source, RegexOptions());
    if (!g.any->ok()) return Status::DataError("lexicon regexes: " + g.any->error());
  }
  return Status::Ok();
}

Result<std::unique_ptr<LexiconScanner>> LexiconScanner::Build(const LexiconSet& set,
                                                              const std::vector<std::pair<std::string, int>>* extra) {
  std::unique_ptr<LexiconScanner> s(new LexiconScanner());
  int c = 0;
  for (const auto& [name, cat] : set.categories()) {
    for (size_t e = 0; e < cat.entries.size(); ++e)
      for (const std::string& p : cat.entries[e].phrases) {
        Status st = s->AddPhrase(p, Target{c, static_cast<int>(e), 0}, cat.entries[e].origin);
        if (!st.ok()) return st;
      }
    ++c;
  }
  if (extra) {
    for (const auto& [p, id] : *extra) {
      Status st = s->AddPhrase(p, Target{c, id, 0}, "templates");
      if (!st.ok()) return st;
    }
    ++c;
  }
  Status st = s->Finish(static_cast<size_t>(c));
  if (!st.ok()) return st;
  return s;
}

Result<std::unique_ptr<LexiconScanner>> LexiconScanner::Build(const std::vector<std::pair<std::string, int>>& phrases,
                                                              const std::string& origin) {
  std::unique_ptr<LexiconScanner> s(new LexiconScanner());
  for (const auto& [p, id] : phrases) {
    Status st = s->AddPhrase(p, Target{0, id, 0}, origin);
    if (!st.ok()) return st;
  }
  Status st = s->Finish(1);
  if (!st.ok()) return st;
  return s;
}

void LexiconScanner::Scan(std::string_view text, CategoryMatches& out) const {
  out.assign(categories_, {});
  // Per-thread buffers: a batch scans thousands of notes, each needing the same few arrays.
  thread_local struct {
    std::vector<Token> toks;
    std::vector<uint64_t> hashes;
    std::vector<char> joins;
    std::vector<int32_t> next_free;
    std::vector<std::pair<int, int>> best;
    std::vector<int> touched;
  } scratch;
  std::vector<Token>& toks = scratch.toks;
  std::vector<uint64_t>& hashes = scratch.hashes;
  std::vector<char>& joins = scratch.joins;
  toks.clear();
  hashes.clear();
  joins.clear();
  TokenizeInto(text, toks, &hashes, &joins);
  const size_t n = toks.size();
  std::vector<int32_t>& next_free = scratch.next_free;  // per category: first byte a new match may start at
  next_free.assign(categories_, 0);
  // best[c]: longest match end (token index, exclusive) of category c at this start
  std::vector<std::pair<int, int>>& best = scratch.best;  // (end token, entry)
  best.assign(categories_, {-1, -1});
  std::vector<int>& touched = scratch.touched;
  for (size_t i = 0; i < n; ++i) {
    touched.clear();
    auto offer = [&](const Target& t, size_t end_tok) {
      auto& b = best[t.category];
      if (b.first < 0) touched.push_back(t.category);
      if (static_cast<int>(end_tok) > b.first) b = {static_cast<int>(end_tok), t.entry};
    };
    uint64_t key = hashes[i];
    for (size_t j = i; j < n;) {
      int32_t idx = grams_.Find(key);
      if (idx < 0) break;
      const PackedNode& node = packed_[idx];
      for (uint32_t k = node.first; k < node.first + node.count; ++k) offer(targets_[k], j + 1);
      if (!node.prefix || ++j >= n || !joins[j]) break;
      key = ChainHash(key, hashes[j]);
    }
    if (!stars_.empty()) {
      std::string_view first(text.data() + toks[i].begin, toks[i].end - toks[i].begin);
      for (size_t len = 1; len <= 3 && len <= first.size(); ++len) {
        // Most tokens start no star phrase: two bitmaps say so without hashing.
        bool maybe =
            len == 1 ? star_lead1_[static_cast<unsigned char>(first[0])]
                     : star_lead2_[static_cast<unsigned char>(first[0]) << 8 | static_cast<unsigned char>(first[1])];
        if (!maybe) continue;
        int32_t idx = star_index_.Find(StarKey(first.substr(0, len)));
        if (idx < 0) continue;
        for (const Star& st : stars_[idx]) {
          if (i + st.head.size() >= n) continue;
          bool ok = true;
          for (size_t k = 0; k < st.head.size() && ok; ++k) {
            const Token& tk = toks[i + k];
            ok = text.substr(tk.begin, tk.end - tk.begin) == st.head[k] && joins[i + k + 1];
          }
          if (!ok) continue;
          const Token& last = toks[i + st.head.size()];
          std::string_view lt = text.substr(last.begin, last.end - last.begin);
          if (!lt.starts_with(st.last_prefix)) continue;
          if (!std::all_of(lt.begin() + st.last_prefix.size(), lt.end(),
                           [](char ch) { return ch >= 'a' && ch <= 'z'; }))
            continue;
          offer(st.target, i + st.head.size() + 1);
        }
      }
    }
    for (int c : touched) {
      auto [end_tok, entry] = best[c];
      best[c] = {-1, -1};
      if (toks[i].begin < next_free[c]) continue;
      int32_t e = toks[end_tok - 1].end;
      out[c].push_back(PhraseMatch{toks[i].begin, e, entry});
      next_free[c] = e;
    }
  }
  // Regex phrases: one leftmost-longest scan per group; a match counts for every
  // phrase of the group that matches exactly that text.
  re2::StringPiece in(text.data(), text.size()), m;
  std::vector<int> hits, seen_cat;
  bool added = false;
  std::vector<bool> changed(categories_, false);
  for (const RegexGroup& g : groups_) {
    size_t pos = 0;
    while (pos <= text.size() && g.any->Match(in, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      int32_t b = static_cast<int32_t>(m.data() - text.data());
      int32_t e = b + static_cast<int32_t>(m.size());
      if (e == b) {
        pos = static_cast<size_t>(b) + 1;  // an empty match: step over one byte
        continue;
      }
      // Go on from the next byte, not the match end: a regex of another category
      // may start inside this match ("durable pump at -125 mmHg").
      pos = static_cast<size_t>(b) + 1;
      hits.clear();
      if (!g.which->Match(m, &hits)) continue;
      std::sort(hits.begin(), hits.end());
      seen_cat.clear();
      for (int h : hits) {
        auto [c, entry] = g.targets[h];
        if (std::find(seen_cat.begin(), seen_cat.end(), c) != seen_cat.end()) continue;
        seen_cat.push_back(c);
        out[c].push_back(PhraseMatch{b, e, entry});
        changed[c] = true;
        added = true;
      }
    }
  }
  if (!added) return;
  // Merge per category: earlier start wins, then the longer match.
  for (size_t c = 0; c < categories_; ++c) {
    if (!changed[c]) continue;
    auto& v = out[c];
    std::sort(v.begin(), v.end(), [](const PhraseMatch& x, const PhraseMatch& y) {
      return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
    });
    std::vector<PhraseMatch> kept;
    int32_t free_at = 0;
    for (const PhraseMatch& pm : v)
      if (pm.begin >= free_at) {
        kept.push_back(pm);
        free_at = pm.end;
      }
    v = std::move(kept);
  }
}

}  // namespace notelint::lexicon
