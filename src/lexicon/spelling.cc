// Symmetric-delete lookup of one-edit misspellings.
#include "lexicon/spelling.h"

#include <algorithm>
#include <atomic>
#include <fstream>

#include "lexicon/regex_expand.h"

namespace notelint::lexicon {
namespace {

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// Tells Speller contents apart for the per-thread memo (a new one per build or change).
uint64_t NextGeneration() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

// Optimal string alignment distance, capped: returns 2 for anything above 1.
int EditDistanceAtMostOne(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  size_t la = a.size(), lb = b.size();
  if (la > lb + 1 || lb > la + 1) return 2;
  size_t i = 0;
  while (i < la && i < lb && a[i] == b[i]) ++i;
  if (la == lb) {
    if (a.substr(i + 1) == b.substr(i + 1)) return 1;  // substitution
    if (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2)) return 1;
    return 2;
  }
  if (la > lb) return a.substr(i + 1) == b.substr(i) ? 1 : 2;
  return a.substr(i) == b.substr(i + 1) ? 1 : 2;
}

}  // namespace

Speller Speller::FromWords(const std::vector<std::string>& words, const std::vector<std::string>& known) {
  Speller s;
  s.generation_ = NextGeneration();
  for (const std::string& w : known) {
    if (w.empty() || w.size() >= 32 || !std::all_of(w.begin(), w.end(), IsLetter)) continue;
    s.never_.Insert(HashToken(w), 1);
  }
  for (const std::string& w : words) {
    if (w.size() < 6 || w.size() >= 32 || !std::all_of(w.begin(), w.end(), IsLetter)) continue;
    auto& bucket = s.buckets_[w[0] - 'a'][w.size()];
    if (std::find(bucket.begin(), bucket.end(), w) != bucket.end()) continue;
    bucket.push_back(w);
    ++s.count_;
  }
  return s;
}

Speller Speller::Build(const LexiconSet& lexicons, const std::vector<std::string>& targets) {
  std::vector<std::string> words, known;
  for (const auto& [name, cat] : lexicons.categories()) {
    bool target = std::find(targets.begin(), targets.end(), name) != targets.end();
    std::vector<std::string>& into = target ? words : known;
    auto add_words = [](const std::string& phrase, std::vector<std::string>& to) {
      std::string word;
      for (char c : phrase + " ") {
        if (IsLetter(c)) {
          word.push_back(c);
        } else {
          if (!word.empty() && c != '*') to.push_back(word);
          word.clear();
        }
      }
    };
    for (const Entry& e : cat.entries)
      for (const std::string& p : e.phrases) {
        if (p.empty()) continue;
        if (p.front() != '/') {
          add_words(p, into);
          continue;
        }
        // A regex phrase is no spelling target, but the words it spells out
        // are words ("ambulated" of /\bambulat(?:ed|es|ing|ion)\b/): never
        // "corrected" into a neighbour ("ambulates").
        if (p.size() >= 2 && p.back() == '/')
          if (auto plain = ExpandRegexPhrase(std::string_view(p).substr(1, p.size() - 2)))
            for (const std::string& v : *plain) add_words(v, known);
      }
  }
  known.insert(known.end(), words.begin(), words.end());
  return FromWords(words, known);
}

std::optional<std::string> Speller::Suggest(std::string_view t) const {
  if (t.size() < 5 || t.size() + 1 >= 32 || !IsLetter(t[0])) return std::nullopt;
  // The words of a batch repeat: each thread remembers the answers for the
  // last tokens it saw (direct-mapped by hash), which spares most lookups in
  // the large dictionary table.
  struct Memo {
    uint64_t generation = 0;
    uint64_t key[4096] = {};
    uint32_t word[4096] = {};  // the correction as letter << 24 | length << 16 | index, or kNone
  };
  constexpr uint32_t kNone = 0xffffffff;
  thread_local Memo memo;
  if (memo.generation != generation_) {
    std::fill(std::begin(memo.key), std::end(memo.key), 0);
    memo.generation = generation_;
  }
  uint64_t h = HashToken(t);
  size_t slot = h & 4095;
  auto word = [&](uint32_t id) -> std::optional<std::string> {
    if (id == kNone) return std::nullopt;
    return buckets_[id >> 24][id >> 16 & 0xff][id & 0xffff];
  };
  if (memo.key[slot] == h) return word(memo.word[slot]);
  const std::string* w = Lookup(t, h);
  uint32_t id = kNone;
  if (w) {
    const auto& bucket = buckets_[(*w)[0] - 'a'][w->size()];
    size_t index = static_cast<size_t>(w - bucket.data());
    if (index > 0xffff) return *w;  // too many words of one letter and length to remember
    id = static_cast<uint32_t>((*w)[0] - 'a') << 24 | static_cast<uint32_t>(w->size()) << 16 |
         static_cast<uint32_t>(index);
  }
  memo.key[slot] = h;
  memo.word[slot] = id;
  return word(id);
}

const std::string* Speller::Lookup(std::string_view t, uint64_t h) const {
  // English words and lexicon words are never misspellings (most tokens end here).
  if (never_.Find(h) >= 0) return nullptr;
  const auto& by_len = buckets_[t[0] - 'a'];
  const std::string* found = nullptr;
  for (size_t len = t.size() - 1; len <= t.size() + 1; ++len) {
    for (const std::string& w : by_len[len]) {
      if (EditDistanceAtMostOne(t, w) != 1) continue;
      if (found && *found != w) return nullptr;  // ambiguous
      found = &w;
    }
  }
  if (!found) return nullptr;
  const std::string& w = *found;
  // Inflections are not misspellings: "sloughs", "debrided", "tissues".
  if (t.size() == w.size() + 1 && t.starts_with(w)) return nullptr;
  if (w.size() == t.size() + 1 && w.starts_with(t) && (w.back() == 's' || w.back() == 'd')) return nullptr;
  return found;
}

void Speller::LoadDictionary(const std::string& path) {
  generation_ = NextGeneration();
  std::ifstream in(path);
  for (std::string w; std::getline(in, w);) {
    if (w.size() < 5 || w.find('\'') != std::string::npos) continue;
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    never_.Insert(HashToken(w), 1);
  }
}

text::NormalizedText Speller::Correct(text::NormalizedText in) const {
  struct Fix {
    size_t begin, end;
    std::string word;
  };
  std::vector<Fix> fixes;
  const std::string& s = in.text;
  for (size_t i = 0; i < s.size();) {
    if (!IsLetter(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsLetter(s[j])) ++j;
    bool glued = j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80;
    bool word_start = i == 0 || !(static_cast<unsigned char>(s[i - 1]) >= 0x80 || (s[i - 1] >= '0' && s[i - 1] <= '9'));
    if (!glued && word_start && j - i >= 5 && j - i <= 20)
      if (auto fix = Suggest(std::string_view(s).substr(i, j - i))) fixes.push_back(Fix{i, j, std::move(*fix)});
    i = j;
  }
  if (fixes.empty()) return in;  // the common case: nothing to copy
  text::NormalizedText out;
  out.text.reserve(in.text.size() + 8 * fixes.size());
  out.to_orig.reserve(in.to_orig.size() + 8 * fixes.size());
  size_t at = 0;
  for (const Fix& f : fixes) {
    out.text.append(s, at, f.begin - at);
    out.to_orig.insert(out.to_orig.end(), in.to_orig.begin() + at, in.to_orig.begin() + f.begin);
    for (size_t k = 0; k < f.word.size(); ++k) {
      out.text.push_back(f.word[k]);
      out.to_orig.push_back(in.to_orig[f.begin + std::min(k, f.end - f.begin - 1)]);
    }
    at = f.end;
  }
  out.text.append(s, at, std::string::npos);
  out.to_orig.insert(out.to_orig.end(), in.to_orig.begin() + at, in.to_orig.end());
  return out;
}

}  // namespace notelint::lexicon
