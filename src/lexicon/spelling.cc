// Symmetric-delete lookup of one-edit misspellings.
#include "lexicon/spelling.h"

#include <algorithm>
#include <fstream>

namespace notelint::lexicon {
namespace {

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

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
  for (const std::string& w : known) {
    if (w.empty() || w.size() >= 32 || !std::all_of(w.begin(), w.end(), IsLetter)) continue;
    s.known_[w[0] - 'a'][w.size()].push_back(w);
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
    for (const Entry& e : cat.entries)
      for (const std::string& p : e.phrases) {
        if (p.empty() || p.front() == '/') continue;
        std::string word;
        for (char c : p + " ") {
          if (IsLetter(c)) {
            word.push_back(c);
          } else {
            if (!word.empty() && c != '*') into.push_back(word);
            word.clear();
          }
        }
      }
  }
  known.insert(known.end(), words.begin(), words.end());
  return FromWords(words, known);
}

std::optional<std::string> Speller::Suggest(std::string_view t) const {
  if (t.size() < 5 || t.size() + 1 >= 32 || !IsLetter(t[0])) return std::nullopt;
  const auto& by_len = buckets_[t[0] - 'a'];
  for (const std::string& w : known_[t[0] - 'a'][t.size()])
    if (w == t) return std::nullopt;  // a lexicon word itself
  const std::string* found = nullptr;
  for (size_t len = t.size() - 1; len <= t.size() + 1; ++len) {
    for (const std::string& w : by_len[len]) {
      if (EditDistanceAtMostOne(t, w) != 1) continue;
      if (found && *found != w) return std::nullopt;  // ambiguous
      found = &w;
    }
  }
  if (!found || dictionary_.find(t) != dictionary_.end()) return std::nullopt;
  const std::string& w = *found;
  // Inflections are not misspellings: "sloughs", "debrided", "tissues".
  if (t.size() == w.size() + 1 && t.starts_with(w)) return std::nullopt;
  if (w.size() == t.size() + 1 && w.starts_with(t) && (w.back() == 's' || w.back() == 'd')) return std::nullopt;
  return w;
}

void Speller::LoadDictionary(const std::string& path) {
  std::ifstream in(path);
  for (std::string w; std::getline(in, w);) {
    if (w.size() < 5 || w.find('\'') != std::string::npos) continue;
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    dictionary_.insert(w);
  }
}

text::NormalizedText Speller::Correct(const text::NormalizedText& in) const {
  text::NormalizedText out;
  out.text.reserve(in.text.size());
  out.to_orig.reserve(in.to_orig.size());
  const std::string& s = in.text;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsLetter(s[i])) {
      out.text.push_back(s[i]);
      out.to_orig.push_back(in.to_orig[i]);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsLetter(s[j])) ++j;
    bool glued = j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80;
    std::optional<std::string> fix;
    bool word_start = i == 0 || !(static_cast<unsigned char>(s[i - 1]) >= 0x80 || (s[i - 1] >= '0' && s[i - 1] <= '9'));
    if (!glued && word_start && j - i >= 5 && j - i <= 20) fix = Suggest(std::string_view(s).substr(i, j - i));
    if (fix) {
      for (size_t k = 0; k < fix->size(); ++k) {
        out.text.push_back((*fix)[k]);
        out.to_orig.push_back(in.to_orig[i + std::min(k, j - i - 1)]);
      }
    } else {
      out.text.append(s, i, j - i);
      out.to_orig.insert(out.to_orig.end(), in.to_orig.begin() + i, in.to_orig.begin() + j);
    }
    i = j;
  }
  out.to_orig.push_back(in.to_orig.back());
  return out;
}

}  // namespace notelint::lexicon
