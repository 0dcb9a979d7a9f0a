// Reading notes; JSONL lines parsed by simdjson (no exceptions).
#include "app/inputs.h"

#include <simdjson.h>

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
  // simdjson validates the whole line (one parser per thread, reused).
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object obj;
  if (parser.parse(line).get_object().get(obj) != simdjson::SUCCESS) {
    // simdjson refuses a few valid lines nlohmann reads (integers beyond 64 bits):
    // on failure nlohmann decides, and its re-serialized line is read again.
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() ||
        parser.parse(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)).get_object().get(obj) !=
            simdjson::SUCCESS) {
      note.error = "line is not a valid JSON object";
      return note;
    }
  }
  // A repeated key: the last one counts.
  simdjson::dom::element id, text, codes;
  bool has_id = false, has_text = false, has_codes = false;
  for (auto field : obj) {
    if (field.key == "id") {
      id = field.value;
      has_id = true;
    } else if (field.key == "text") {
      text = field.value;
      has_text = true;
    } else if (field.key == "codes") {
      codes = field.value;
      has_codes = true;
    }
  }
  if (has_id) {
    if (id.is_string()) {
      note.id = std::string(id.get_string().value_unsafe());
    } else if (id.is_int64()) {
      note.id = std::to_string(id.get_int64().value_unsafe());
    } else if (id.is_uint64()) {
      note.id = std::to_string(id.get_uint64().value_unsafe());
    } else if (id.is_double()) {
      note.id = nlohmann::json(id.get_double().value_unsafe()).dump();
    }
  }
  if (!has_text || !text.is_string()) {
    note.error = "record has no \"text\" string";
    return note;
  }
  note.text = std::string(text.get_string().value_unsafe());
  if (has_codes && !codes.is_null()) {
    simdjson::dom::array list;
    if (codes.get_array().get(list) != simdjson::SUCCESS) {
      note.error = "\"codes\" must be an array of code specs";
      return note;
    }
    std::vector<CodeSpec> specs;
    for (simdjson::dom::element c : list) {
      if (!c.is_string()) {
        note.error = "\"codes\" must hold strings";
        return note;
      }
      auto spec = ParseCodeSpec(c.get_string().value_unsafe());
      if (!spec.ok()) {
        note.error = spec.status().message();
        return note;
      }
      specs.push_back(spec.value());
    }
    note.codes = specs;
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
