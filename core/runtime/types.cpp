// types.cpp — the built-in type objects, and how values present themselves.
//
// builtinTypes() builds every built-in type and exception class once per
// process, with CPython's names and hierarchy (ZeroDivisionError ->
// ArithmeticError -> Exception -> BaseException -> object); the library
// fills their method dicts before the first VM runs (installTypeMethodsOnce,
// core/lib/builtins.h). Everything reachable from the types is made immortal:
// several engine threads touch these objects' counts without
// synchronisation, and an immortal count can never reach zero.
//
// reprBuiltin/strBuiltin give CPython's repr and str for every built-in value
// without running user code; addresses in reprs are fake but stable, so runs
// are reproducible (see fakeAddress).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <mutex>
#include <pthread.h>
#include <unordered_map>
#include <unordered_set>

#include "core/base/format.h"
#include "core/runtime/interpreter.h"
#include "core/runtime/object.h"

namespace ys {

const char* builtinSingletonName(const ClassObj& c) {
  if (!c.isBuiltin || c.module != "builtins") return nullptr;
  if (c.name == "ellipsis") return "Ellipsis";
  if (c.name == "NotImplementedType") return "NotImplemented";
  return nullptr;
}

namespace {

constexpr uint32_t kImmortalRefcount = 1u << 30;

// Marks everything reachable from a type object immortal.
class Immortalizer : public Visitor {
 public:
  void visit(const Value& v) override {
    if (v.isObj()) mark(v.asObj());
  }
  void mark(Object* o) {
    if (!m_seen.insert(o).second) return;
    o->refcount = kImmortalRefcount;
    o->traverse(*this);
  }

 private:
  std::unordered_set<Object*> m_seen;
};

ClassObj* newType(BuiltinTypes& t, const char* name, ClassObj* base) {
  auto* c = new ClassObj();
  c->refcount = kImmortalRefcount;
  c->name = name;
  c->isBuiltin = true;
  c->dict = new DictObj();
  c->mro.push_back(c);
  if (base) {
    c->bases.push_back(base);
    c->mro.insert(c->mro.end(), base->mro.begin(), base->mro.end());
    c->isException = base->isException;
  }
  t.all.push_back(c);
  return c;
}

void createCoreTypes(BuiltinTypes& t) {
  t.object = newType(t, "object", nullptr);
  auto plain = [&](const char* name) { return newType(t, name, t.object); };
  t.type = plain("type");
  t.NoneType = plain("NoneType");
  t.int_ = plain("int");
  t.bool_ = newType(t, "bool", t.int_);
  t.float_ = plain("float");
  t.str = plain("str");
  t.list = plain("list");
  t.tuple = plain("tuple");
  t.dict = plain("dict");
  t.set = plain("set");
  t.frozenset = plain("frozenset");
  t.range = plain("range");
  t.slice = plain("slice");
  t.function = plain("function");
  t.builtin_function = plain("builtin_function_or_method");
  t.method = plain("method");
  t.code = plain("code");
  t.cell = plain("cell");
  t.generator = plain("generator");
  t.module = plain("module");
  t.property = plain("property");
  t.staticmethod = plain("staticmethod");
  t.classmethod = plain("classmethod");
  t.bytes = plain("bytes");
  t.bytearray = plain("bytearray");
}

void createExceptions(BuiltinTypes& t) {
  auto exc = [&](const char* name, ClassObj* base) { return newType(t, name, base); };
  t.BaseException = exc("BaseException", t.object);
  t.BaseException->isException = true;
  t.GeneratorExit = exc("GeneratorExit", t.BaseException);
  t.KeyboardInterrupt = exc("KeyboardInterrupt", t.BaseException);
  t.SystemExit = exc("SystemExit", t.BaseException);
  t.Exception = exc("Exception", t.BaseException);
  t.ArithmeticError = exc("ArithmeticError", t.Exception);
  t.FloatingPointError = exc("FloatingPointError", t.ArithmeticError);
  t.OverflowError = exc("OverflowError", t.ArithmeticError);
  t.ZeroDivisionError = exc("ZeroDivisionError", t.ArithmeticError);
  t.AssertionError = exc("AssertionError", t.Exception);
  t.AttributeError = exc("AttributeError", t.Exception);
  t.BufferError = exc("BufferError", t.Exception);
  t.EOFError = exc("EOFError", t.Exception);
  t.ImportError = exc("ImportError", t.Exception);
  t.ModuleNotFoundError = exc("ModuleNotFoundError", t.ImportError);
  t.LookupError = exc("LookupError", t.Exception);
  t.IndexError = exc("IndexError", t.LookupError);
  t.KeyError = exc("KeyError", t.LookupError);
  t.MemoryError = exc("MemoryError", t.Exception);
  t.NameError = exc("NameError", t.Exception);
  t.UnboundLocalError = exc("UnboundLocalError", t.NameError);
  t.OSError = exc("OSError", t.Exception);
  t.FileNotFoundError = exc("FileNotFoundError", t.OSError);
  t.PermissionError = exc("PermissionError", t.OSError);
  t.TimeoutError = exc("TimeoutError", t.OSError);
  // The rest of OSError's errno subclasses (OSError(17, ...) makes a
  // FileExistsError): programs raise and catch them by name.
  for (const char* name : {"BlockingIOError", "ChildProcessError", "FileExistsError", "InterruptedError",
                           "IsADirectoryError", "NotADirectoryError", "ProcessLookupError"})
    exc(name, t.OSError);
  ClassObj* connectionError = exc("ConnectionError", t.OSError);
  for (const char* name :
       {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"})
    exc(name, connectionError);
  t.ReferenceError = exc("ReferenceError", t.Exception);
  t.RuntimeError = exc("RuntimeError", t.Exception);
  t.NotImplementedError = exc("NotImplementedError", t.RuntimeError);
  t.RecursionError = exc("RecursionError", t.RuntimeError);
  t.StopAsyncIteration = exc("StopAsyncIteration", t.Exception);
  t.StopIteration = exc("StopIteration", t.Exception);
  t.SyntaxError = exc("SyntaxError", t.Exception);
  t.IndentationError = exc("IndentationError", t.SyntaxError);
  t.TabError = exc("TabError", t.IndentationError);
  t.SystemError = exc("SystemError", t.Exception);
  t.TypeError = exc("TypeError", t.Exception);
  t.ValueError = exc("ValueError", t.Exception);
  t.UnicodeError = exc("UnicodeError", t.ValueError);
  t.UnicodeDecodeError = exc("UnicodeDecodeError", t.UnicodeError);
  t.UnicodeEncodeError = exc("UnicodeEncodeError", t.UnicodeError);
  t.Warning = exc("Warning", t.Exception);
  t.DeprecationWarning = exc("DeprecationWarning", t.Warning);
  t.FutureWarning = exc("FutureWarning", t.Warning);
  t.RuntimeWarning = exc("RuntimeWarning", t.Warning);
  t.SyntaxWarning = exc("SyntaxWarning", t.Warning);
  t.UserWarning = exc("UserWarning", t.Warning);
}

BuiltinTypes* createBuiltinTypes() {
  auto* t = new BuiltinTypes();
  // Process-wide objects belong to no program's heap account.
  HeapAccount* saved = currentHeapAccount();
  currentHeapAccount() = nullptr;
  createCoreTypes(*t);
  createExceptions(*t);
  currentHeapAccount() = saved;
  immortalizeTypes(*t);
  return t;
}

}  // namespace

const BuiltinTypes& builtinTypes() {
  static const BuiltinTypes* types = createBuiltinTypes();
  return *types;
}

void immortalizeTypes(const BuiltinTypes& types) {
  Immortalizer immortal;
  for (ClassObj* c : types.all) immortal.mark(c);
}

void withoutAccount(const std::function<void()>& fill) {
  HeapAccount* saved = currentHeapAccount();
  currentHeapAccount() = nullptr;
  try {
    fill();
  } catch (...) {
    currentHeapAccount() = saved;
    throw;
  }
  currentHeapAccount() = saved;
}

ClassObj* newNativeClass(std::string_view name, std::string_view module, ClassObj* base) {
  ClassObj* cls = nullptr;
  withoutAccount([&] {
    if (!base) base = T().object;
    cls = make<ClassObj>();
    cls->refcount = kImmortalRefcount;
    cls->name = std::string(name);
    cls->module = std::string(module);
    cls->bases.push_back(Ref<ClassObj>(base));
    cls->mro.push_back(cls);
    for (ClassObj* c : base->mro) cls->mro.push_back(c);
    DictObj* d = make<DictObj>();
    d->refcount = kImmortalRefcount;
    cls->dict = Ref<DictObj>(d);
    cls->isBuiltin = true;
    cls->isException = base->isException;
  });
  return cls;
}

Value ellipsisSingleton() {
  static const Value ellipsis = [] {
    Value v;
    withoutAccount([&] {
      InstanceObj* inst = make<InstanceObj>(newNativeClass("ellipsis", "builtins"));
      inst->refcount = kImmortalRefcount;
      v = Value::object(inst);
    });
    return v;
  }();
  return ellipsis;
}

ClassObj* complexType() {
  static ClassObj* const type = newNativeClass("complex", "builtins");
  return type;
}

Value newComplex(double re, double im, ClassObj* cls) {
  InstanceObj* inst = make<InstanceObj>(cls ? cls : complexType());
  inst->args = newTuple({Value::floating(re), Value::floating(im)});
  return Value::adopt(inst);
}

// A property's repr, or a built-in type's descriptor's as CPython writes
// it: "<attribute 'maxlen' of 'collections.deque' objects>",
// "<member 'func' of 'functools.partial' objects>".
std::string descriptorRepr(const PropertyObj& p) {
  if (p.kind == DescriptorKind::Property || !p.getter.is(ObjKind::Builtin))
    return "<property object at " + hexAddress(&p) + ">";
  const BuiltinObj& getter = *p.getter.as<BuiltinObj>();
  if (p.kind == DescriptorKind::TupleGetter) {
    const std::string index = std::to_string(getter.data.asInt());
    return "_tuplegetter(" + index + ", 'Alias for field number " + index + "')";
  }
  const std::string owner = getter.ownerType ? getter.ownerType->messageName() : "object";
  return std::string(p.kind == DescriptorKind::Member ? "<member '" : "<attribute '") + getter.name + "' of '" + owner +
         "' objects>";
}

// ================================================================ typeOf / typeName

namespace {

// it.__next__() and it.__iter__() are slot wrappers in CPython (wrap_next):
// "wrapper __next__() takes no keyword arguments", "expected 0 arguments, got 1".
void checkNoArguments(Args a, const char* slot) {
  if (!a.kw.empty()) throwError(T().TypeError, std::string("wrapper ") + slot + "() takes no keyword arguments");
  if (a.size() != 1) throwError(T().TypeError, "expected 0 arguments, got " + std::to_string(a.size() - 1));
}

// it.__next__() and it.__iter__() for every native iterator, so programs that
// drive an iterator by hand work as with generators.
Value nativeIterNext(Interpreter& vm, Args a, const Value&) {
  checkNoArguments(a, "__next__");
  Value out;
  if (!vm.iterNext(a[0], out)) throwErrorNoArgs(T().StopIteration);
  return out;
}

Value nativeIterSelf(Interpreter&, Args a, const Value&) {
  checkNoArguments(a, "__iter__");
  return a[0];
}

// it.__length_hint__(): what operator.length_hint asks; repeat(x) without a
// count has none ("len() of unsized object", as CPython).
Value nativeIterLengthHint(Interpreter&, Args a, const Value&) {
  const std::string method = typeName(a[0]) + ".__length_hint__()";  // METH_NOARGS
  if (!a.kw.empty()) throwError(T().TypeError, method + " takes no keyword arguments");
  if (a.size() != 1)
    throwError(T().TypeError, method + " takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  Value hint = a[0].is(ObjKind::NativeIter) ? a[0].as<NativeIterObj>()->lengthHint() : Value();
  if (hint.isNone()) throwError(T().TypeError, "len() of unsized object");
  return hint;
}

// The native iterators that have __length_hint__ in CPython 3.11 (zip, map,
// enumerate and most of itertools do not).
bool hasLengthHint(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "list_iterator",     "tuple_iterator", "range_iterator",     "dict_keyiterator", "dict_valueiterator",
      "dict_itemiterator", "set_iterator",   "str_ascii_iterator", "str_iterator",     "list_reverseiterator",
      "reversed",          "bytes_iterator", "bytearray_iterator", "itertools.repeat"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

void addImmortalMethod(ClassObj* c, const char* name, NativeFn fn) {
  auto* b = new BuiltinObj(name, fn);
  b->refcount = kImmortalRefcount;
  b->ownerType = c;
  c->dict->setStr(name, Value::object(b));
}

}  // namespace

// One type object per native iterator name (list_iterator, map, count...),
// created on first use and shared by all threads.
ClassObj* nativeIterType(const char* name) {
  static std::mutex mutex;
  static auto* types = [] {
    // As the intern table: no fork while another thread holds the lock.
    pthread_atfork([] { mutex.lock(); }, [] { mutex.unlock(); }, [] { mutex.unlock(); });
    return new std::unordered_map<std::string, ClassObj*>();
  }();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = types->find(name);
  if (it != types->end()) return it->second;
  auto* c = new ClassObj();
  c->refcount = kImmortalRefcount;
  // "itertools.count": tp_name for messages, but __name__ 'count' in module 'itertools'.
  std::string full(name);
  size_t dot = full.rfind('.');
  c->name = dot == std::string::npos ? full : full.substr(dot + 1);
  if (dot != std::string::npos) {
    c->module = full.substr(0, dot);
    c->tpName = full;
  }
  c->isBuiltin = true;
  c->nativeIterator = true;
  c->dict = new DictObj();
  c->dict->refcount = kImmortalRefcount;
  c->bases.push_back(T().object);
  c->mro = {c, T().object};
  HeapAccount* saved = currentHeapAccount();
  currentHeapAccount() = nullptr;  // shared by every program: nobody's heap
  addImmortalMethod(c, "__next__", nativeIterNext);
  addImmortalMethod(c, "__iter__", nativeIterSelf);
  if (hasLengthHint(full)) addImmortalMethod(c, "__length_hint__", nativeIterLengthHint);
  currentHeapAccount() = saved;
  types->emplace(name, c);
  return c;
}

ClassObj* typeOf(const Value& v) {
  const BuiltinTypes& t = T();
  switch (v.tag()) {
    case Tag::None:
    case Tag::Unbound:
      return t.NoneType;
    case Tag::Bool:
      return t.bool_;
    case Tag::Int:
      return t.int_;
    case Tag::Float:
      return t.float_;
    case Tag::Obj:
      break;
  }
  Object* o = v.asObj();
  switch (o->kind) {
    case ObjKind::Str:
      return t.str;
    case ObjKind::BigInt:
      return t.int_;
    case ObjKind::List:
      return t.list;
    case ObjKind::Tuple:
      return t.tuple;
    case ObjKind::Dict:
      return t.dict;
    case ObjKind::Set:
      return static_cast<SetObj*>(o)->frozen ? t.frozenset : t.set;
    case ObjKind::Range:
      return t.range;
    case ObjKind::Slice:
      return t.slice;
    case ObjKind::Function:
      return t.function;
    case ObjKind::Builtin:
      return t.builtin_function;
    case ObjKind::BoundMethod:
      // [].append is a builtin_function_or_method bound to its list, not a `method`.
      return static_cast<BoundMethodObj*>(o)->func.is(ObjKind::Builtin) ? t.builtin_function : t.method;
    case ObjKind::Code:
      return t.code;
    case ObjKind::Cell:
      return t.cell;
    case ObjKind::Generator:
      return t.generator;
    case ObjKind::Class:
      return t.type;
    case ObjKind::Instance:
      return static_cast<InstanceObj*>(o)->cls.get();
    case ObjKind::Module:
      return t.module;
    case ObjKind::NativeIter:
      return nativeIterType(static_cast<NativeIterObj*>(o)->typeName);
    case ObjKind::Property:
      return t.property;
    case ObjKind::StaticMethod:
      return t.staticmethod;
    case ObjKind::ClassMethod:
      return t.classmethod;
    case ObjKind::Bytes:
      return static_cast<BytesObj*>(o)->isArray ? t.bytearray : t.bytes;
  }
  return t.object;
}

std::string typeName(const Value& v) {
  if (v.is(ObjKind::NativeIter)) return v.as<NativeIterObj>()->typeName;
  const ClassObj* type = typeOf(v);
  return type->messageName();
}

// ================================================================ addresses

uint64_t fakeAddress(const Object* o) {
  // CPython's addresses change from run to run; ours come from the object's
  // creation number in the run, so a program prints the same text every time
  // and a replay of it (the debugger's Back) shows the same addresses.
  if (o->serial) return 0x7f3a5c000000ULL + 0x40ULL * o->serial;
  // Objects made outside a run (built-in types, shared built-in functions and
  // methods): numbered from their names, so the number does not depend on
  // which thread or earlier run touched them first (a first-use numbering
  // would give a replay on another thread other hashes, so other set orders).
  // Below the run's range; a name collision only makes two ids alike.
  auto fromName = [](std::string_view kind, std::string_view owner, std::string_view name) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (std::string_view part : {kind, owner, name}) {
      for (char c : part) h = (h ^ uint8_t(c)) * 1099511628211ULL;
      h = (h ^ 0xff) * 1099511628211ULL;
    }
    return 0x7f3a40000000ULL + 0x40ULL * (h % (1ULL << 22));
  };
  if (o->kind == ObjKind::Class) return fromName("type", "", static_cast<const ClassObj*>(o)->name);
  if (o->kind == ObjKind::Builtin) {
    auto* b = static_cast<const BuiltinObj*>(o);
    return fromName("builtin", b->ownerType ? std::string_view(b->ownerType->name) : "", b->name);
  }
  if (o->kind == ObjKind::Module) return fromName("module", "", static_cast<const ModuleObj*>(o)->name);
  // Anything else made outside a run: in order of first use on this thread.
  thread_local std::unordered_map<const Object*, uint64_t> ids;
  auto [it, inserted] = ids.try_emplace(o, 0);
  if (inserted) it->second = 0x7f3a5c000000ULL - 0x40ULL * (ids.size() + 15);
  return it->second;
}

std::string hexAddress(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(fakeAddress(o)));
  return buf;
}

namespace {

// ================================================================ repr

using UserRepr = std::function<std::string(const Value&)>;

// The containers being printed on this thread (ReprGuard).
std::vector<const Object*>& reprStack() {
  thread_local std::vector<const Object*> active;
  return active;
}

constexpr size_t kMaxReprDepth = 1000;

}  // namespace

ReprGuard::ReprGuard(const Object* o) {
  auto& active = reprStack();
  if (std::find(active.begin(), active.end(), o) != active.end()) {
    m_recursive = true;
    return;
  }
  if (active.size() >= kMaxReprDepth)
    throwError(T().RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  active.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (!m_recursive) reprStack().pop_back();
}

namespace {

std::string reprImpl(const Value& v, const UserRepr* user);

// Big ints go to `user` too: the VM refuses past CPython's 4300-digit limit,
// even inside a container ([10**5000] raises ValueError), while a debugger
// view (no `user`) still shows them.
std::string itemRepr(const Value& v, const UserRepr* user) {
  if (user && (v.is(ObjKind::Instance) || v.is(ObjKind::BigInt))) return (*user)(v);
  return reprImpl(v, user);
}

// Index loop over a copy of each item: a user __repr__ may mutate the container.
std::string joinReprs(const std::vector<Value>& items, const UserRepr* user) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    const Value item = items[i];
    out += itemRepr(item, user);
  }
  return out;
}

}  // namespace

namespace {

std::string listRepr(const ListObj& l, const UserRepr* user) {
  ReprGuard guard(&l);
  if (guard.recursive()) return "[...]";
  return "[" + joinReprs(l.items, user) + "]";
}

std::string tupleRepr(const TupleObj& t, const UserRepr* user) {
  if (t.items.empty()) return "()";
  ReprGuard guard(&t);
  if (guard.recursive()) return "(...)";
  std::string inner = joinReprs(t.items, user);
  return t.items.size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
}

std::string dictRepr(const DictObj& d, const UserRepr* user) {
  if (d.count == 0) return "{}";
  ReprGuard guard(&d);
  if (guard.recursive()) return "{...}";
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d.entries.size(); ++i) {
    if (!d.entries[i].live) continue;
    const Value key = d.entries[i].key, value = d.entries[i].value;
    if (!first) out += ", ";
    first = false;
    out += itemRepr(key, user);
    out += ": ";
    out += itemRepr(value, user);
  }
  return out + "}";
}

std::string setRepr(const SetObj& s, const UserRepr* user) {
  const char* name = s.frozen ? "frozenset" : "set";
  if (s.used == 0) return std::string(name) + "()";
  ReprGuard guard(&s);
  if (guard.recursive()) return std::string(name) + "(...)";
  std::string inner = "{" + joinReprs(s.items(), user) + "}";
  return s.frozen ? "frozenset(" + inner + ")" : inner;
}

std::string rangeRepr(const RangeObj& r) {
  std::string out = "range(" + std::to_string(r.start) + ", " + std::to_string(r.stop);
  if (r.step != 1) out += ", " + std::to_string(r.step);
  return out + ")";
}

std::string exceptionRepr(const InstanceObj& e, const UserRepr* user) {
  const std::string& name = e.cls->name;
  if (!e.args.is(ObjKind::Tuple)) return name + "()";
  const auto& args = e.args.as<TupleObj>()->items;
  if (args.size() == 1) return name + "(" + itemRepr(args[0], user) + ")";
  return name + tupleRepr(*e.args.as<TupleObj>(), user);
}

std::string classRepr(const ClassObj& c) {
  if (c.module == "builtins" || c.module.empty()) return "<class '" + c.qualifiedName() + "'>";
  return "<class '" + c.module + "." + c.qualifiedName() + "'>";
}

std::string instanceRepr(const InstanceObj& i, const UserRepr* user) {
  if (i.cls && i.cls->isException) return exceptionRepr(i, user);
  if (const char* singleton = i.cls ? builtinSingletonName(*i.cls) : nullptr) return singleton;
  const ClassObj& c = *i.cls;
  const std::string qual = c.module == "builtins" ? c.qualifiedName() : c.module + "." + c.qualifiedName();
  return "<" + qual + " object at " + hexAddress(&i) + ">";
}

std::string functionName(const FunctionObj& f) {
  if (!f.qualname.empty()) return f.qualname;
  if (!f.name.empty()) return f.name;
  return f.code ? f.code->qualname : "?";
}

std::string boundMethodRepr(const BoundMethodObj& m, const UserRepr* user) {
  if (m.func.is(ObjKind::Builtin)) {
    return "<built-in method " + m.func.as<BuiltinObj>()->name + " of " + typeName(m.self) + " object at " +
           (m.self.isObj() ? hexAddress(m.self.asObj()) : hexAddress(nullptr)) + ">";
  }
  std::string name = m.func.is(ObjKind::Function) ? functionName(*m.func.as<FunctionObj>()) : reprImpl(m.func, user);
  return "<bound method " + name + " of " + itemRepr(m.self, user) + ">";
}

std::string builtinRepr(const BuiltinObj& b) {
  if (b.ownerType) return "<method '" + b.name + "' of '" + b.ownerType->name + "' objects>";
  return "<built-in function " + b.name + ">";
}

std::string generatorRepr(const GeneratorObj& g) {
  const std::string& name = g.qualname.empty() ? g.name : g.qualname;
  return "<generator object " + name + " at " + hexAddress(&g) + ">";
}

std::string codeRepr(const CodeObj& c) {
  return "<code object " + c.name + " at " + hexAddress(&c) + ", file \"" + c.filename + "\", line " +
         std::to_string(c.firstLine) + ">";
}

std::string cellRepr(const CellObj& c) {
  std::string out = "<cell at " + hexAddress(&c) + ": ";
  if (!c.bound) return out + "empty>";
  const Object* target = c.value.isObj() ? c.value.asObj() : nullptr;
  return out + typeName(c.value) + " object at " + hexAddress(target) + ">";
}

std::string nativeIterRepr(const NativeIterObj& it, const UserRepr* user) {
  auto items = [user](const Value& v) { return itemRepr(v, user); };
  if (auto custom = it.customRepr(items)) return *custom;
  return std::string("<") + it.typeName + " object at " + hexAddress(&it) + ">";
}

std::string objectRepr(Object* o, const UserRepr* user) {
  switch (o->kind) {
    case ObjKind::Str:
      return strLiteral(static_cast<StrObj*>(o)->utf8);
    case ObjKind::BigInt:
      return static_cast<BigIntObj*>(o)->value.toString();
    case ObjKind::List:
      return listRepr(*static_cast<ListObj*>(o), user);
    case ObjKind::Tuple:
      return tupleRepr(*static_cast<TupleObj*>(o), user);
    case ObjKind::Dict:
      return dictRepr(*static_cast<DictObj*>(o), user);
    case ObjKind::Set:
      return setRepr(*static_cast<SetObj*>(o), user);
    case ObjKind::Range:
      return rangeRepr(*static_cast<RangeObj*>(o));
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(o);
      return "slice(" + itemRepr(s->start, user) + ", " + itemRepr(s->stop, user) + ", " + itemRepr(s->step, user) +
             ")";
    }
    case ObjKind::Function:
      return "<function " + functionName(*static_cast<FunctionObj*>(o)) + " at " + hexAddress(o) + ">";
    case ObjKind::Builtin:
      return builtinRepr(*static_cast<BuiltinObj*>(o));
    case ObjKind::BoundMethod:
      return boundMethodRepr(*static_cast<BoundMethodObj*>(o), user);
    case ObjKind::Code:
      return codeRepr(*static_cast<CodeObj*>(o));
    case ObjKind::Cell:
      return cellRepr(*static_cast<CellObj*>(o));
    case ObjKind::Generator:
      return generatorRepr(*static_cast<GeneratorObj*>(o));
    case ObjKind::Class:
      return classRepr(*static_cast<ClassObj*>(o));
    case ObjKind::Instance:
      return instanceRepr(*static_cast<InstanceObj*>(o), user);
    case ObjKind::Module:
      return "<module '" + static_cast<ModuleObj*>(o)->name + "' (built-in)>";
    case ObjKind::NativeIter:
      return nativeIterRepr(*static_cast<NativeIterObj*>(o), user);
    case ObjKind::Property:
      return descriptorRepr(static_cast<const PropertyObj&>(*o));
    case ObjKind::StaticMethod:
      return "<staticmethod(" + itemRepr(static_cast<StaticMethodObj*>(o)->func, user) + ")>";
    case ObjKind::ClassMethod:
      return "<classmethod(" + itemRepr(static_cast<StaticMethodObj*>(o)->func, user) + ")>";
    case ObjKind::Bytes:
      return bytesRepr(*static_cast<BytesObj*>(o));
  }
  return "<object>";
}

std::string reprImpl(const Value& v, const UserRepr* user) {
  switch (v.tag()) {
    case Tag::None:
      return "None";
    case Tag::Unbound:
      return "<unbound>";
    case Tag::Bool:
      return v.asBool() ? "True" : "False";
    case Tag::Int:
      return std::to_string(v.asInt());
    case Tag::Float:
      return floatRepr(v.asFloat());
    case Tag::Obj:
      return objectRepr(v.asObj(), user);
  }
  return "";
}

}  // namespace

std::string reprBuiltin(const Value& v) {
  return reprImpl(v, nullptr);
}

std::string reprBuiltin(const Value& v, const std::function<std::string(const Value&)>& userRepr) {
  return reprImpl(v, &userRepr);
}

std::string strBuiltin(const Value& v) {
  if (v.is(ObjKind::Str)) return v.as<StrObj>()->utf8;
  if (!v.is(ObjKind::Instance)) return reprBuiltin(v);
  auto* e = v.as<InstanceObj>();
  if (!e->cls || !e->cls->isException || !e->args.is(ObjKind::Tuple)) return reprBuiltin(v);
  const auto& args = e->args.as<TupleObj>()->items;
  if (args.empty()) return "";
  if (args.size() > 1) return reprBuiltin(e->args);
  // KeyError shows its key as repr so that KeyError('') is visible.
  if (e->cls->isSubclassOf(T().KeyError)) return reprBuiltin(args[0]);
  thread_local size_t depth = 0;  // an exception whose argument is an exception...
  if (depth >= kMaxReprDepth)
    throwError(T().RecursionError, "maximum recursion depth exceeded while getting the str of an object");
  ++depth;
  struct Leave {
    ~Leave() { --depth; }
  } leave;
  return strBuiltin(args[0]);
}

}  // namespace ys
