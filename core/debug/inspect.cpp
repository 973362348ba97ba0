#include "core/debug/inspect.h"

#include <string_view>

namespace ys {

namespace {

bool isContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Cuts UTF-8 text to at most `limit` code points, ending in "..." when cut.
std::string cutText(std::string text, size_t limit) {
  size_t total = 0;
  for (char c : text) total += !isContinuationByte(c);
  if (total <= limit) return text;
  const size_t keep = limit > 3 ? limit - 3 : 0;
  size_t seen = 0, byte = 0;
  for (; byte < text.size(); ++byte) {
    if (!isContinuationByte(text[byte]) && seen++ == keep) break;
  }
  return text.substr(0, byte) + "...";
}

class ReprBuilder {
 public:
  explicit ReprBuilder(size_t limit) : m_limit(limit) {}

  void add(const Value& v, int depth) {
    if (full()) return;
    if (depth > 12) {
      m_out += "...";
      return;
    }
    if (!v.isObj()) {
      m_out += reprBuiltin(v);
      return;
    }
    switch (v.asObj()->kind) {
      case ObjKind::List:
        sequence(v.as<ListObj>()->items, "[", "]", depth, false);
        return;
      case ObjKind::Tuple:
        sequence(v.as<TupleObj>()->items, "(", ")", depth, true);
        return;
      case ObjKind::Dict:
        dict(*v.as<DictObj>(), depth);
        return;
      case ObjKind::Str: {
        const auto* s = v.as<StrObj>();
        if (s->length > m_limit * 2) {
          // Repr of a prefix: never build the repr of a huge string.
          size_t bytes = 0, cps = 0;
          while (bytes < s->utf8.size() && cps < m_limit * 2) {
            ++bytes;
            while (bytes < s->utf8.size() && isContinuationByte(s->utf8[bytes])) ++bytes;
            ++cps;
          }
          m_out += reprBuiltin(newStr(std::string_view(s->utf8).substr(0, bytes)));
          return;
        }
        m_out += reprBuiltin(v);
        return;
      }
      case ObjKind::Bytes: {
        const auto* b = v.as<BytesObj>();
        if (b->data.size() <= m_limit * 2) {
          m_out += reprBuiltin(v);
          return;
        }
        // Repr of a prefix: never build the repr of a huge bytes.
        std::string prefix = bytesLiteral(std::string_view(b->data).substr(0, m_limit * 2), 0, b->isArray);
        m_out += b->isArray ? "bytearray(" + prefix + ")" : prefix;
        return;
      }
      case ObjKind::Instance: {
        const auto* inst = v.as<InstanceObj>();
        if (inst->cls && (inst->cls->isException || builtinSingletonName(*inst->cls))) {
          m_out += reprBuiltin(v);
          return;
        }
        m_out += "<" + (inst->cls ? inst->cls->name : std::string("object")) + " object>";
        return;
      }
      default:
        m_out += reprBuiltin(v);
        return;
    }
  }

  std::string take() { return cutText(std::move(m_out), m_limit); }

 private:
  bool full() const { return m_out.size() > m_limit + 8; }

  void sequence(const std::vector<Value>& items, const char* open, const char* close, int depth, bool isTuple) {
    m_out += open;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) m_out += ", ";
      if (full()) {
        m_out += "...";
        return;
      }
      add(items[i], depth + 1);
    }
    if (isTuple && items.size() == 1) m_out += ",";
    m_out += close;
  }

  void dict(const DictObj& d, int depth) {
    m_out += "{";
    bool first = true;
    for (const auto& e : d.entries) {
      if (!e.live) continue;
      if (!first) m_out += ", ";
      first = false;
      if (full()) {
        m_out += "...";
        return;
      }
      add(e.key, depth + 1);
      m_out += ": ";
      add(e.value, depth + 1);
    }
    m_out += "}";
  }

  size_t m_limit;
  std::string m_out;
};

bool isDunder(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

}  // namespace

std::string shortRepr(const Value& v, size_t limit) {
  ReaderScope reading;  // a reader's objects take no program creation numbers
  ReprBuilder builder(limit);
  try {
    builder.add(v, 0);
  } catch (const PyErr&) {
    return "<?>";
  }
  return builder.take();
}

std::vector<std::pair<std::string, Value>> frameLocals(const Frame& frame) {
  std::vector<std::pair<std::string, Value>> out;
  const CodeObj& code = *frame.code;
  if (!frame.function && frame.globals) {
    for (const auto& e : frame.globals->entries) {
      if (!e.live || !e.key.is(ObjKind::Str)) continue;
      std::string name = e.key.as<StrObj>()->utf8;
      if (isDunder(name)) continue;
      if (e.value.is(ObjKind::Module)) continue;
      out.emplace_back(std::move(name), e.value);
    }
    return out;
  }
  auto addSlot = [&](const std::string& name, size_t slot) {
    if (slot >= frame.locals.size()) return;
    Value v = frame.locals[slot];
    if (v.is(ObjKind::Cell)) {
      const auto* cell = v.as<CellObj>();
      if (!cell->bound) return;
      v = cell->value;
    }
    if (v.isUnbound()) return;
    for (auto& existing : out) {
      if (existing.first == name) {
        existing.second = v;
        return;
      }
    }
    out.emplace_back(name, std::move(v));
  };
  // Slots as the compiler lays them out: varnames first; a captured argument
  // keeps its own slot (code.cellSlots says where each cell lives); free
  // variables start at code.freeStart.
  for (size_t i = 0; i < code.varnames.size(); ++i) addSlot(code.varnames[i], i);
  for (size_t i = 0; i < code.cellvars.size(); ++i) {
    const size_t slot = i < code.cellSlots.size() ? size_t(code.cellSlots[i]) : code.varnames.size() + i;
    addSlot(code.cellvars[i], slot);
  }
  for (size_t i = 0; i < code.freevars.size(); ++i) addSlot(code.freevars[i], size_t(code.freeStart) + i);
  return out;
}

std::vector<std::string> splitSourceLines(const std::string& source) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < source.size()) {
    size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    std::string line = source.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::string exceptionTypeName(const Value& exc) {
  if (exc.is(ObjKind::Instance)) return exc.as<InstanceObj>()->cls->name;
  if (exc.is(ObjKind::Class)) return exc.as<ClassObj>()->name;
  return typeName(exc);
}

std::string exceptionText(const Value& exc) {
  std::string text = exceptionTypeName(exc);
  if (!exc.is(ObjKind::Instance)) return text;
  const auto* inst = exc.as<InstanceObj>();
  if (!inst->args.is(ObjKind::Tuple)) return text;
  const auto& args = inst->args.as<TupleObj>()->items;
  if (args.empty()) return text;
  std::string message;
  if (args.size() == 1) {
    // KeyError shows the repr of its key, like CPython.
    if (args[0].is(ObjKind::Str) && inst->cls->name != "KeyError")
      message = args[0].as<StrObj>()->utf8;
    else
      message = shortRepr(args[0], 200);
  } else {
    message = shortRepr(inst->args, 200);
  }
  if (message.empty()) return text;
  return text + ": " + message;
}

}  // namespace ys
