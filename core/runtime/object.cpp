// object.cpp — construction and bookkeeping of the heap objects that have no
// file of their own: exceptions, big ints, range and slice, code, frames and
// generators, callables, classes, instances and modules.
//
// The containers and str are grouped by type, as CPython's Objects/ is:
// str.cpp, list.cpp (tuple and list), dict.cpp and set.cpp; hash() and == of
// the built-in values are in hashing.cpp; reprs and the type objects in
// types.cpp. Their methods are the library's (core/lib/methods_*.cpp).
#include "core/runtime/object.h"

#include <algorithm>

#include "core/runtime/memory.h"

namespace ys {

// ================================================================ errors

Value newException(ClassObj* type, std::vector<Value> args) {
  auto* e = make<InstanceObj>(type);
  e->args = newTuple(std::move(args));
  return Value::adopt(e);
}

void throwError(ClassObj* type, std::string_view message) {
  throw PyErr{newException(type, {newStr(message)})};
}

void throwErrorNoArgs(ClassObj* type) {
  throw PyErr{newException(type, {})};
}

// ================================================================ numbers

Value newInt(const BigInt& v) {
  if (v.fitsInt64()) return Value::integer(v.toInt64());
  return Value::adopt(make<BigIntObj>(v));
}

// ================================================================ range, slice

int64_t RangeObj::length() const {
  __int128 n = 0;
  if (step > 0 && start < stop) n = (static_cast<__int128>(stop) - start - 1) / step + 1;
  if (step < 0 && start > stop) n = (static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1;
  return n > INT64_MAX ? INT64_MAX : static_cast<int64_t>(n);
}

void SliceObj::traverse(Visitor& visitor) const {
  visitor.visit(start);
  visitor.visit(stop);
  visitor.visit(step);
}

// ================================================================ code, frames, generators

int32_t CodeObj::nlocalsplus() const {
  const size_t nargs = static_cast<size_t>(argcount + kwonlyargcount) + (varargs ? 1 : 0) + (varkeywords ? 1 : 0);
  int32_t argCells = 0;
  for (const std::string& cell : cellvars) {
    for (size_t i = 0; i < nargs && i < varnames.size(); ++i) {
      if (varnames[i] == cell) {
        ++argCells;
        break;
      }
    }
  }
  return static_cast<int32_t>(varnames.size() + cellvars.size() + freevars.size()) - argCells;
}

void CodeObj::traverse(Visitor& visitor) const {
  for (const Value& v : consts) visitor.visit(v);
  for (const Value& v : names) visitor.visit(v);
}

void CellObj::traverse(Visitor& visitor) const {
  visitor.visit(value);
}

void FunctionObj::traverse(Visitor& visitor) const {
  visitor.visit(code.value());
  visitor.visit(globals.value());
  for (const Value& v : defaults) visitor.visit(v);
  visitor.visit(kwdefaults.value());
  for (const Ref<CellObj>& c : closure) visitor.visit(c.value());
  visitor.visit(attrs.value());
}

int32_t Frame::currentLine() const {
  if (!code) return 0;
  if (ip <= 0 || code->spans.empty()) return code->firstLine;
  const size_t i = std::min(static_cast<size_t>(ip - 1), code->spans.size() - 1);
  return code->spans[i].line;
}

namespace {
struct GenStateNames {
  const char* name;  // inspect's
  const char* word;  // the debugger's
};
// In GenState's order.
constexpr GenStateNames kGenStateNames[] = {
    {"GEN_CREATED", "created"}, {"GEN_RUNNING", "running"}, {"GEN_SUSPENDED", "suspended"}, {"GEN_CLOSED", "closed"}};
const GenStateNames& namesOf(GenState s) {
  return kGenStateNames[std::min<size_t>(size_t(s), std::size(kGenStateNames) - 1)];
}
}  // namespace

const char* genStateName(GenState s) {
  return namesOf(s).name;
}

const char* genStateWord(GenState s) {
  return namesOf(s).word;
}

// Closing a suspended generator needs the VM; destroyObject (value.cpp) calls
// Interpreter::finalizeGenerator before deleting, with the object still whole.
GeneratorObj::~GeneratorObj() = default;

void GeneratorObj::traverse(Visitor& visitor) const {
  visitor.visit(code.value());
  if (frame) {
    visitor.visit(frame->function.value());
    for (const Value& v : frame->locals) visitor.visit(v);
    const size_t live = std::min(static_cast<size_t>(std::max(frame->sp, 0)), frame->stack.size());
    for (size_t i = 0; i < live; ++i) visitor.visit(frame->stack[i]);
    visitor.visit(frame->currentException);
  }
  visitor.visit(yieldFrom);
}

// ================================================================ callables

void BuiltinObj::traverse(Visitor& visitor) const {
  visitor.visit(data);
}

Value newBuiltin(std::string name, NativeFn fn, Value data) {
  return Value::adopt(make<BuiltinObj>(std::move(name), fn, std::move(data)));
}

void BoundMethodObj::traverse(Visitor& visitor) const {
  visitor.visit(self);
  visitor.visit(func);
}

void PropertyObj::traverse(Visitor& visitor) const {
  visitor.visit(getter);
  visitor.visit(setter);
  visitor.visit(deleter);
}

void StaticMethodObj::traverse(Visitor& visitor) const {
  visitor.visit(func);
}

// ================================================================ classes, instances, modules

bool ClassObj::lookup(std::string_view attr, Value& out) const {
  if (!mro.empty()) {
    for (const ClassObj* c : mro)
      if (c->dict && c->dict->getStr(attr, out)) return true;
    return false;
  }
  if (dict && dict->getStr(attr, out)) return true;
  for (const Ref<ClassObj>& b : bases)
    if (b->lookup(attr, out)) return true;
  return false;
}

bool ClassObj::isSubclassOf(const ClassObj* other) const {
  if (this == other) return true;
  if (!mro.empty()) return std::find(mro.begin(), mro.end(), other) != mro.end();
  for (const Ref<ClassObj>& b : bases)
    if (b->isSubclassOf(other)) return true;
  return false;
}

namespace {

// The built-in exceptions whose C struct adds fields to BaseException's
// (StopIteration's value, OSError's errno, SyntaxError's lineno ...).
bool exceptionHasOwnFields(const ClassObj& c) {
  static constexpr std::string_view kNames[] = {
      "BaseException", "StopIteration", "SystemExit",     "ImportError",        "OSError",
      "SyntaxError",   "NameError",     "AttributeError", "UnicodeEncodeError", "UnicodeDecodeError"};
  return std::find(std::begin(kNames), std::end(kNames), c.name) != std::end(kNames);
}

// A user class whose __slots__ names a field of its own (beyond __weakref__):
// the VM's layOutSlots laid out more slots than its one base has.
bool addsSlots(const ClassObj& c) {
  const size_t inherited = c.bases.empty() ? 0 : c.bases[0]->slotNames.size();
  return c.slotted && c.slotNames.size() > inherited;
}

// CPython's solid_base.
const ClassObj* solidBase(const ClassObj* c) {
  ClassObj* base = bestBase(c->bases);
  if (!base) return c;  // object
  const ClassObj* below = solidBase(base);
  bool ownFields = addsSlots(*c);
  if (c->isBuiltin)  // collections.Counter is a Python class over dict in CPython
    ownFields = c->isException ? exceptionHasOwnFields(*c) : !(c->module == "collections" && c->name == "Counter");
  return ownFields ? c : below;
}

}  // namespace

ClassObj* bestBase(const std::vector<Ref<ClassObj>>& bases, bool* layoutConflict) {
  ClassObj* base = nullptr;
  const ClassObj* winner = nullptr;
  for (const Ref<ClassObj>& candidate : bases) {
    const ClassObj* solid = solidBase(candidate.get());
    if (winner && winner->isSubclassOf(solid)) continue;  // the first of equals stays
    if (winner && !solid->isSubclassOf(winner)) {
      if (layoutConflict) *layoutConflict = true;
      return nullptr;
    }
    winner = solid;
    base = candidate.get();
  }
  return base;
}

void giveSharedKeys(ClassObj& cls) {
  if (cls.isBuiltin || cls.slotted) return;
  for (const ClassObj* k : cls.mro)
    if (k->isException || (k->isBuiltin && k->name == "OrderedDict")) return;
  cls.cachedKeys = std::make_shared<SharedKeys>();
}

void ClassObj::traverse(Visitor& visitor) const {
  for (const Ref<ClassObj>& b : bases) visitor.visit(b.value());
  visitor.visit(dict.value());
}

InstanceObj::InstanceObj(ClassObj* c) : Object(ObjKind::Instance), cls(c), dict(make<DictObj>()) {
  if (c && c->isException) args = emptyTuple();
  if (!c || !c->cachedKeys) return;
  for (const ClassObj* k : c->mro) {
    if (k->isBuiltin && k != T().object) {
      dictPending = true;  // made by a built-in base's constructor, without values
      return;
    }
  }
  // object.__new__'s init_inline_values: each new object takes one from
  // usable (keeping at least 1), then holds values for all the keys.
  if (c->cachedKeys->usable > 1) --c->cachedKeys->usable;
  dict->sharedKeys = c->cachedKeys;
  dict->setAccounted(getsizeofObject(*dict));
}

void InstanceObj::attachSharedKeys() {
  if (!dictPending) return;
  dictPending = false;
  if (dict && dict->count == 0 && cls && cls->cachedKeys) {
    dict->sharedKeys = cls->cachedKeys;
    dict->setAccounted(getsizeofObject(*dict));
  }
}

void InstanceObj::traverse(Visitor& visitor) const {
  visitor.visit(cls.value());
  visitor.visit(dict.value());
  visitor.visit(args);
  visitor.visit(context);
  visitor.visit(cause);
  for (const Value& v : frameLocals) visitor.visit(v);
}

ModuleObj::ModuleObj(std::string n) : Object(ObjKind::Module), name(std::move(n)), dict(make<DictObj>()) {
  dict->setStr("__name__", newStr(name));
}

void ModuleObj::traverse(Visitor& visitor) const {
  visitor.visit(dict.value());
}

}  // namespace ys
