// `notelint context`: how notelint reads a target phrase inside a text.
// Input lines {"text": "...", "target": "..."}; output {"negated", "hypothetical", "historical"}.
#include <re2/re2.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/engine.h"
#include "text/utf8_check.h"

namespace notelint::app {
namespace {

// RE2 source finding `target` case- and whitespace-insensitively in normalized text.
std::string TargetPattern(const std::string& target) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += "\\s*";
    out += RE2::QuoteMeta(word);
    word.clear();
  };
  for (char c : target) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      flush();
    else
      word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  flush();
  return out;
}

}  // namespace

int RunContext(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  auto engine = Engine::Create(o);
  if (!engine.ok()) {
    err << "notelint: " << engine.status().message() << "\n";
    return 2;
  }
  const auto& det = engine.value()->detector();
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json result = {{"negated", false}, {"hypothetical", false}, {"historical", false}};
    nlohmann::json j = text::CheckUtf8(line).ok() ? nlohmann::json::parse(line, nullptr, false) : nlohmann::json();
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string() || !j.contains("target") ||
        !j["target"].is_string()) {
      err << "notelint: context line " << line_no << ": expected {\"text\": ..., \"target\": ...}\n";
      result["error"] = "bad input line";
      out << result.dump() << "\n";
      continue;
    }
    std::string text = j["text"].get<std::string>();
    if (!text::CheckUtf8(text).ok()) {
      result["error"] = "invalid text";
      out << result.dump() << "\n";
      continue;
    }
    auto analysis = det.Analyze(text);
    // The target passes through the same normalizer as the note.
    auto target_analysis = det.Analyze(j["target"].get<std::string>());
    RE2 re(TargetPattern(target_analysis->norm.text));
    re2::StringPiece m;
    std::string_view hay(analysis->norm.text);
    if (re.ok() && re.Match(hay, 0, hay.size(), RE2::UNANCHORED, &m, 1)) {
      int32_t b = static_cast<int32_t>(m.data() - hay.data());
      int32_t e = b + static_cast<int32_t>(m.size());
      auto ctx = det.ContextOf(*analysis, b, e);
      // An item of an unticked box ("ROS: [ ] chest pain [x] dyspnea") is not
      // endorsed: read as negated (in `check` it documents nothing).
      for (const detect::Range& r : analysis->masks.ranges())
        if (r.begin <= b && e <= r.end) {
          std::string_view at = hay.substr(static_cast<size_t>(r.begin));
          if (at.starts_with("[") || at.starts_with("(") || at.starts_with("\xe2\x98\x90")) ctx.negated = true;
        }
      result["negated"] = ctx.negated;
      result["hypothetical"] = ctx.hypothetical;
      result["historical"] = ctx.historical;
    } else {
      err << "notelint: context line " << line_no << ": target not found in text\n";
    }
    out << result.dump() << "\n";
  }
  return 0;
}

}  // namespace notelint::app
