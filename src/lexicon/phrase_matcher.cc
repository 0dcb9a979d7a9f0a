// Compilation of lexicon phrases into one RE2, and mapping matches back to ids.
#include "lexicon/phrase_matcher.h"

#include <re2/re2.h>

#include <algorithm>

namespace notelint::lexicon {
namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

RE2::Options PhraseMatcher::MatcherOptions() {
  RE2::Options o;
  o.set_longest_match(true);
  o.set_log_errors(false);
  o.set_max_mem(256 << 20);
  return o;
}

std::string CompactPhrase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '-') out.push_back(c);
  return out;
}

std::string PhraseMatcher::PhraseToRegex(std::string_view phrase) {
  if (phrase.size() >= 2 && phrase.front() == '/' && phrase.back() == '/')
    return std::string(phrase.substr(1, phrase.size() - 2));
  bool star = !phrase.empty() && phrase.back() == '*';
  if (star) phrase.remove_suffix(1);
  std::string re;
  if (!phrase.empty() && IsWordChar(phrase.front())) re += "\\b";
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == ' ') {
      while (i + 1 < phrase.size() && phrase[i + 1] == ' ') ++i;
      re += "\\s+";
    } else if (c == '-') {
      re += "[-\\s]?";
    } else if (IsWordChar(c)) {
      re.push_back(c);
    } else {
      re += RE2::QuoteMeta(std::string_view(&c, 1));
    }
  }
  if (star) re += "[a-z]*";
  if (!phrase.empty() && IsWordChar(phrase.back())) re += "\\b";
  return re;
}

PhraseMatcher::PhraseMatcher() = default;
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

Result<PhraseMatcher> PhraseMatcher::Compile(const std::vector<std::pair<std::string, int>>& phrases,
                                             std::string_view origin) {
  PhraseMatcher m;
  std::string combined;
  for (const auto& [phrase, id] : phrases) {
    std::string re = PhraseToRegex(phrase);
    bool is_regex = phrase.size() >= 2 && phrase.front() == '/' && phrase.back() == '/';
    if (!combined.empty()) combined += "|";
    combined += "(?:" + re + ")";
    if (is_regex) {  // a plain phrase is escaped and always compiles; a regex is parsed here
      if (!m.regex_set_) m.regex_set_ = std::make_shared<LazySet>();
      std::string error;
      if (m.regex_set_->set.Add(re, &error) < 0)
        return Status::DataError(std::string(origin) + ": pattern '" + phrase + "' does not compile: " + error);
      m.regex_ids_.push_back(id);
    } else if (phrase.back() == '*') {
      m.prefixes_.emplace_back(CompactPhrase(phrase.substr(0, phrase.size() - 1)), id);
    } else {
      m.literal_.emplace(CompactPhrase(phrase), id);  // first phrase wins
    }
  }
  std::stable_sort(m.prefixes_.begin(), m.prefixes_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  if (combined.empty()) return m;
  // Every piece parses; the one big automaton and the regex set are built on
  // first use (only a scanner-less Detector and the trigger index of a bare
  // context engine need them), which keeps start-up short.
  m.combined_ = std::make_shared<Combined>();
  m.combined_->source = std::move(combined);
  return m;
}

int PhraseMatcher::Identify(std::string_view matched) const {
  std::string compact = CompactPhrase(matched);
  if (auto it = literal_.find(compact); it != literal_.end()) return it->second;
  if (regex_set_) {
    std::call_once(regex_set_->once, [this] { regex_set_->ok = regex_set_->set.Compile(); });
    std::vector<int> hits;
    if (regex_set_->ok && regex_set_->set.Match(re2::StringPiece(matched.data(), matched.size()), &hits) &&
        !hits.empty())
      return regex_ids_[*std::min_element(hits.begin(), hits.end())];
  }
  for (const auto& [prefix, id] : prefixes_)
    if (compact.starts_with(prefix)) return id;
  // A longest match can combine pieces; fall back to the longest literal prefix.
  for (size_t len = compact.size(); len > 0; --len)
    if (auto it = literal_.find(compact.substr(0, len)); it != literal_.end()) return it->second;
  return -1;
}

const RE2* PhraseMatcher::Combined::Get() const {
  std::call_once(once, [this] {
    auto compiled = std::make_unique<RE2>(source, MatcherOptions());
    if (compiled->ok()) re = std::move(compiled);
  });
  return re.get();
}

void PhraseMatcher::FindAll(std::string_view text, std::vector<PhraseMatch>& out) const {
  const RE2* combined = combined_ ? combined_->Get() : nullptr;
  if (!combined) return;
  size_t pos = 0;
  re2::StringPiece m;
  while (pos <= text.size() && combined->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    int32_t b = static_cast<int32_t>(m.data() - text.data());
    int32_t e = b + static_cast<int32_t>(m.size());
    if (e == b) {  // empty match: step over one byte
      pos = static_cast<size_t>(b) + 1;
      continue;
    }
    int id = Identify(std::string_view(m.data(), m.size()));
    if (id >= 0) out.push_back(PhraseMatch{b, e, id});
    pos = static_cast<size_t>(e);
  }
}

}  // namespace notelint::lexicon
