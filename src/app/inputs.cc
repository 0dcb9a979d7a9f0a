// Reading notes; JSON via nlohmann::json without exceptions.
#include "app/inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/utf8_check.h"

namespace notelint::app {
namespace fs = std::filesystem;

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths) {
  if (paths.empty()) return {"-"};
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        auto ext = it->path().extension();
        if (ext == ".txt" || ext == ".note") found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

InputNote ParseJsonlLine(const std::string& line, const std::string& default_id) {
  InputNote note;
  note.id = default_id;
  if (Status st = text::CheckUtf8(line); !st.ok()) {
    note.error = "JSONL line: " + st.message();
    return note;
  }
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    note.error = "line is not a valid JSON object";
    return note;
  }
  if (auto it = j.find("id"); it != j.end()) {
    if (it->is_string())
      note.id = it->get<std::string>();
    else if (it->is_number())
      note.id = it->dump();
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    note.error = "record has no \"text\" string";
    return note;
  }
  note.text = text->get<std::string>();
  if (auto it = j.find("codes"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) {
      note.error = "\"codes\" must be an array of code specs";
      return note;
    }
    std::vector<CodeSpec> codes;
    for (const auto& c : *it) {
      if (!c.is_string()) {
        note.error = "\"codes\" must hold strings";
        return note;
      }
      auto spec = ParseCodeSpec(c.get<std::string>());
      if (!spec.ok()) {
        note.error = spec.status().message();
        return note;
      }
      codes.push_back(spec.value());
    }
    note.codes = codes;
  }
  return note;
}

void ReadNotes(const std::vector<std::string>& paths, bool jsonl, const std::function<void(InputNote)>& sink) {
  for (const std::string& path : ExpandPaths(paths)) {
    std::string name = path == "-" ? "<stdin>" : path;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        InputNote bad;
        bad.id = name;
        bad.error = "cannot read file '" + path + "'";
        sink(std::move(bad));
        continue;
      }
      in = &file;
    }
    if (!jsonl) {
      std::ostringstream ss;
      ss << in->rdbuf();
      InputNote note;
      note.id = name;
      note.text = ss.str();
      if (in->bad()) note.error = "read error in '" + path + "'";
      sink(std::move(note));
      continue;
    }
    std::string line;
    int line_no = 0;
    while (std::getline(*in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      sink(ParseJsonlLine(line, name + ":" + std::to_string(line_no)));
    }
  }
}

}  // namespace notelint::app
