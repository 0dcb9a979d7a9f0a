// Trigger scopes: a pre-trigger reaches right, a post-trigger left, each up to the
// sentence edge, a terminating term ("but", "however" ...) or max_words words.
#include "detect/context.h"

#include <algorithm>

namespace notelint::detect {
namespace {

TriggerKind KindOf(const std::string& key) {
  if (key == "pre-negation" || key == "pre-negation-phrase") return TriggerKind::kPreNegation;
  if (key == "pre-hypothetical-phrase" || key == "both-hypothetical") return TriggerKind::kPreHypothetical;
  if (key == "post-negation") return TriggerKind::kPostNegation;
  if (key == "pre-hypothetical") return TriggerKind::kPreHypothetical;
  if (key == "post-hypothetical") return TriggerKind::kPostHypothetical;
  if (key == "pre-historical" || key == "pre-history-of" || key == "both-historical")
    return TriggerKind::kPreHistorical;
  if (key == "post-historical") return TriggerKind::kPostHistorical;
  if (key == "termination") return TriggerKind::kTermination;
  if (key == "pseudo") return TriggerKind::kPseudo;
  return TriggerKind::kOther;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

int CountWords(std::string_view text, int32_t b, int32_t e) {
  int words = 0;
  bool in = false;
  for (int32_t i = b; i < e; ++i) {
    bool w = IsWordByte(text[i]);
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

// A clause break that no scope crosses: a tab or a pipe (table cells).
bool HasHardBreak(std::string_view text, int32_t b, int32_t e) {
  for (int32_t i = b; i < e; ++i) {
    if (text[i] == '\t' || text[i] == '|') return true;
  }
  return false;
}

// A phrase trigger (history of: "s/p fem-pop bypass", "hx of cellulitis"; a
// finding's label: "Negative blood cultures") describes the phrase it opens,
// up to a comma, colon or parenthesis: "wound s/p bypass,
// partial dehiscence: 4.0 x 2.0 cm" measures today's wound. A colon right after
// the trigger ("Hx: DM2") opens its value.
bool EndsPhrase(std::string_view text, int32_t b, int32_t e) {
  while (b < e && (text[b] == ' ' || text[b] == ':')) ++b;
  for (int32_t i = b; i < e; ++i)
    if (text[i] == ',' || text[i] == ':' || text[i] == '(' || text[i] == ')') return true;
  return false;
}

// Whether the words [b, e) between a phrase trigger and its target are a list
// it runs through ("history of MI, CHF and CKD"): every item
// before the target at most three words without digits, and the target
// opening its own item.
bool IsPhraseList(std::string_view text, int32_t b, int32_t e) {
  while (b < e && (text[b] == ' ' || text[b] == ':')) ++b;
  std::string_view gap = text.substr(b, e - b);
  if (gap.find(',') == std::string_view::npos) return false;
  // The target opens its item: the gap ends with a comma, "and" or "or".
  size_t t = gap.find_last_not_of(' ');
  if (t == std::string_view::npos) return false;
  std::string_view head = gap.substr(0, t + 1);
  if (head.ends_with(" and") || head.ends_with(" or"))
    head = head.substr(0, head.rfind(' '));
  else if (head.back() == ',')
    head.remove_suffix(1);
  else
    return false;
  int words = 0;
  bool in = false;
  for (char c : head) {
    if (c == ',') {
      words = 0;
      in = false;
      continue;
    }
    if ((c >= '0' && c <= '9') || c == ':' || c == '(' || c == ')' || c == ';') return false;
    bool w = IsWordByte(c);
    if (w && !in && ++words > 3) return false;
    in = w;
  }
  return true;
}

// Whether [b, e), the words between a negation and its target, is a list of
// findings that the negation runs through ("denies fever, chills, nausea,
// vomiting, ... or dysuria"): at least two commas, every item at most three
// words, no numbers (an item with a number or a long item is a new finding:
// "no odor, granulation 80%, ..."), and the target within the first three
// words of its item ("..., or acute territorial infarction").
bool IsNegatedList(std::string_view text, int32_t b, int32_t e) {
  int commas = 0, item_words = 0;
  bool in = false;
  for (int32_t i = b; i < e; ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') return false;
    if (c == ',') {
      ++commas;
      item_words = 0;
      in = false;
      continue;
    }
    // a hyphenated compound is one word ("extra-axial fluid collection")
    bool w = IsWordByte(c) || (c == '-' && in && i + 1 < e && IsWordByte(text[i + 1]));
    if (w && !in) {
      int32_t j = i;
      while (j < e && (IsWordByte(text[j]) || (text[j] == '-' && j + 1 < e && IsWordByte(text[j + 1])))) ++j;
      std::string_view word = text.substr(i, j - i);
      if (word == "or" || word == "and" || word == "nor") {
        item_words = 0;
      } else if (++item_words > 3) {
        return false;
      }
    }
    in = w;
  }
  return commas >= 2 && item_words <= 2;
}

// Whether [label_end, value_begin) is only a colon (or a table's "|") between spaces: the
// mention ending at label_end labels a field whose value starts at value_begin.
bool OpensFieldValue(std::string_view text, int32_t label_end, int32_t value_begin) {
  int32_t i = label_end;
  while (i < value_begin && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= value_begin || (text[i] != ':' && text[i] != '|')) return false;
  for (++i; i < value_begin; ++i)
    if (text[i] != ' ' && text[i] != '\t') return false;
  return true;
}

// For a post trigger that is the value of a field ("Tunneling: none"), the start
// of the field's label: at most six words back from the colon (a label's
// length, as the segmenter reads labels), stopping at a number, another colon,
// a period, a comma or a tab. Returns -1 when the trigger is not a value.
int32_t FieldLabelStart(std::string_view text, int32_t sentence_begin, const Trigger& t) {
  int32_t p = t.begin;
  while (p > sentence_begin && text[p - 1] == ' ') --p;
  if (text[t.begin] == ':' || text[t.begin] == '?')
    p = t.begin;
  else if (p > sentence_begin && (text[p - 1] == ':' || text[p - 1] == '?' || text[p - 1] == '|'))
    --p;  // "Tunneling: none", "Infection | none" (an exported table's cells)
  else
    return -1;
  int words = 0;
  bool in = false;
  int32_t start = p;
  for (int32_t i = p - 1; i >= sentence_begin; --i) {
    char c = text[i];
    if (c == ':' || c == '.' || c == ';' || c == ',' || c == '\t' || c == '|' || (c >= '0' && c <= '9')) break;
    bool w = IsWordByte(c);
    if (w && !in) {
      if (++words > 6) break;
    }
    in = w;
    start = i;
  }
  return start;
}

}  // namespace

ContextEngine::ContextEngine(const lexicon::Category& triggers, int max_words)
    : cat_(triggers), max_words_(max_words) {}

TriggerIndex ContextEngine::Index(std::string_view text) const {
  std::vector<lexicon::PhraseMatch> found;
  cat_.FindAll(text, found);
  return Index(cat_, found);
}

TriggerIndex ContextEngine::Index(const lexicon::Category& cat_, const std::vector<lexicon::PhraseMatch>& found) const {
  // A pseudo trigger ("no change") hides the triggers inside it: the scan is
  // leftmost-longest, so the longer pseudo phrase wins and is simply dropped here.
  TriggerIndex idx;
  for (const auto& m : found) {
    TriggerKind k = KindOf(cat_.entries[m.id].key);
    if (k == TriggerKind::kOther) {
      idx.markers.push_back(TriggerIndex::Marker{m.begin, m.end, &cat_.entries[m.id].key});
      continue;
    }
    if (k == TriggerKind::kPseudo) continue;
    const std::string& key = cat_.entries[m.id].key;
    bool both = key.starts_with("both-");
    idx.triggers.push_back(
        Trigger{m.begin, m.end, k, key == "pre-history-of" || key.ends_with("-phrase") || both, both});
  }
  return idx;
}

Context ContextEngine::Classify(std::string_view text, const TriggerIndex& index, const text::Sentence& s,
                                int32_t begin, int32_t end) const {
  Context ctx;
  auto lo = std::lower_bound(index.triggers.begin(), index.triggers.end(), s.begin,
                             [](const Trigger& t, int32_t p) { return t.begin < p; });
  // Nearest termination to the left and right of the mention within the sentence.
  int32_t left_stop = s.begin, right_stop = s.end;
  for (auto it = lo; it != index.triggers.end() && it->begin < s.end; ++it) {
    if (it->kind != TriggerKind::kTermination) continue;
    if (it->end <= begin) left_stop = std::max(left_stop, it->end);
    if (it->begin >= end) right_stop = std::min(right_stop, it->begin);
  }
  for (auto it = lo; it != index.triggers.end() && it->begin < s.end; ++it) {
    const Trigger& t = *it;
    bool pre = t.kind == TriggerKind::kPreNegation || t.kind == TriggerKind::kPreHypothetical ||
               t.kind == TriggerKind::kPreHistorical;
    bool post = t.kind == TriggerKind::kPostNegation || t.kind == TriggerKind::kPostHypothetical ||
                t.kind == TriggerKind::kPostHistorical || t.both;
    bool applies = false;
    if (pre && t.begin >= end && OpensFieldValue(text, end, t.begin)) {
      // "Infection: no signs of ...": a field's label takes the reading of
      // the trigger that opens its value.
      applies = true;
    } else if (pre && t.begin < begin && t.end > begin && t.end < end && t.begin >= left_stop) {
      // The trigger took the mention's first words ("no acute | distress",
      // "denies any | chest pain"): it still reads on the rest.
      applies = true;
    } else if (pre && t.end <= begin && t.begin >= left_stop) {
      applies = (CountWords(text, t.end, begin) <= max_words_ ||
                 (t.kind == TriggerKind::kPreNegation && IsNegatedList(text, t.end, begin))) &&
                !HasHardBreak(text, t.end, begin) &&
                !(t.phrase && EndsPhrase(text, t.end, begin) && (t.both || !IsPhraseList(text, t.end, begin)));
    } else if (post && t.begin >= end && t.end <= right_stop) {
      int32_t field = FieldLabelStart(text, s.begin, t);
      if (field >= 0)
        applies = begin >= field;
      else
        applies = CountWords(text, end, t.begin) <= max_words_ && !HasHardBreak(text, end, t.begin);
    }
    // A trigger inside the mention is part of its meaning ("no progress" as a
    // reason for debridement, "non-healing"): it does not apply to it.
    if (!applies) continue;
    switch (t.kind) {
      case TriggerKind::kPreNegation:
      case TriggerKind::kPostNegation:
        ctx.negated = true;
        break;
      case TriggerKind::kPreHypothetical:
      case TriggerKind::kPostHypothetical:
        ctx.hypothetical = true;
        break;
      case TriggerKind::kPreHistorical:
      case TriggerKind::kPostHistorical:
        ctx.historical = true;
        break;
      default:
        break;
    }
  }
  return ctx;
}

}  // namespace notelint::detect
