// Compiler-style text output with the offending line and a caret under the span.
#include <algorithm>

#include "report/reporters.h"

namespace notelint::report {
namespace {

const char* Color(Severity s) {
  switch (s) {
    case Severity::kError:
      return "\033[1;31m";
    case Severity::kWarning:
      return "\033[1;33m";
    case Severity::kInfo:
      return "\033[1;36m";
  }
  return "";
}

// Code points in a UTF-8 string.
int CodePoints(std::string_view s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

void WriteText(std::ostream& out, const NoteResult& r, const TextOptions& opt) {
  Summary counts;
  counts.Add(r);
  const int errors = counts.errors, warnings = counts.warnings, infos = counts.infos;
  for (const Finding& f : r.findings) {
    if (opt.quiet) continue;
    LineCol s{1, 1}, e{1, 1};
    if (r.source) {
      s = r.source->Position(f.span.start);
      e = r.source->Position(f.span.end);
    }
    out << r.id << ":" << s.line << ":" << s.column << ": ";
    if (opt.color) out << Color(f.severity);
    out << SeverityName(f.severity);
    if (opt.color) out << "\033[0m";
    out << ": " << f.message << " [" << f.rule << "]";
    if (!f.code.empty()) out << " (" << f.code << ")";
    out << "\n";
    if (r.source && !f.span.empty()) {
      std::string_view line = r.source->LineText(s.line);
      std::string shown;
      for (char c : line) shown.push_back(c == '\t' ? ' ' : c);
      int width = e.line == s.line ? std::max(1, e.column - s.column) : std::max(1, CodePoints(line) - s.column + 1);
      out << "    " << shown << "\n    " << std::string(s.column - 1, ' ') << '^' << std::string(width - 1, '~')
          << "\n";
    }
  }
  std::string codes;
  for (const CodeSpec& c : r.codes) codes += (codes.empty() ? "" : ", ") + c.code + " x" + std::to_string(c.units);
  out << r.id << ": " << (codes.empty() ? "no codes" : codes) << " " << (r.supported ? "SUPPORTED" : "NOT SUPPORTED")
      << ": " << errors << " error" << (errors == 1 ? "" : "s") << ", " << warnings << " warning"
      << (warnings == 1 ? "" : "s") << ", " << infos << " info\n";
}

void WriteGithub(std::ostream& out, const NoteResult& r) {
  for (const Finding& f : r.findings) {
    LineCol s = r.source ? r.source->Position(f.span.start) : LineCol{};
    const char* level = f.severity == Severity::kError     ? "error"
                        : f.severity == Severity::kWarning ? "warning"
                                                           : "notice";
    std::string msg = f.message;
    for (char& c : msg)
      if (c == '\n') c = ' ';
    out << "::" << level << " file=" << r.id << ",line=" << s.line << ",col=" << s.column << ",title=" << f.rule
        << "::" << msg << "\n";
  }
}

}  // namespace notelint::report
