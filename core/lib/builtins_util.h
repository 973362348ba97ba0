// builtins_util.h — helpers shared by the builtins, the methods of built-in
// types and the modules (builtins.cpp, methods_*.cpp, mod_*.cpp).
//
// Native functions receive their arguments as an `Args` span (methods get
// `self` as args[0]). CPython's argument errors differ by function, so the
// helpers here take the exact function name used in CPython's message and
// produce its wording; each caller picks the helper whose wording matches what
// python3 prints for that function. Everything raises by throwing PyErr (via
// throwError), so a native function never has to unwind by hand.
//
// Strings are UTF-8 with code-point semantics: ASCII strings take byte fast
// paths; others are decoded to UTF-32 for indexing-style work.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/format.h"
#include "core/lib/builtins.h"
#include "core/runtime/interpreter.h"
#include "core/runtime/object.h"

namespace ys {

// ---------------------------------------------------------------- errors

[[noreturn]] void raiseType(const std::string& msg);
[[noreturn]] void raiseValue(const std::string& msg);
// KeyError(key), what a missing key raises (dict[key], dict.pop, set.remove).
[[noreturn]] inline void raiseKeyError(const Value& key) {
  throw PyErr{newException(T().KeyError, {key})};
}
// MemoryError for an int past Budgets::maxIntBits, naming the limit: raised
// before computing, as CPython would go on for minutes inside one step.
[[noreturn]] void raiseIntTooLarge(int64_t maxBits);
// True when the PyErr's exception is an instance of `type` (or a subclass).
bool errIs(const PyErr& e, ClassObj* type);
// iter(iterable), where a TypeError (not iterable) becomes TypeError(notIterable):
// the wording CPython uses at that call ("can only join an iterable").
Value iterOrRaise(Interpreter& vm, const Value& iterable, const std::string& notIterable);
// The items str.join and bytes.join work on, as CPython's PySequence_Fast(iterable,
// "can only join an iterable") gives them: a list's or tuple's own (join runs
// no Python code while it reads them, so they cannot change), anything else
// read to its end into `read` first.
std::span<const Value> joinItems(Interpreter& vm, const Value& iterable, std::vector<Value>& read);

// ---------------------------------------------------------------- arguments

// "len() takes no keyword arguments"
void noKwargs(Args a, std::string_view fname);
// "'sep' is an invalid keyword argument for print()"
void allowKwargs(Args a, std::string_view fname, std::initializer_list<std::string_view> allowed);
// The keyword argument `name`, or nullptr.
const Value* kwarg(Args a, std::string_view name);
// A positional-or-keyword parameter: the positional argument at `index`,
// else the keyword argument `name`, else nullptr.
inline const Value* argOrKwarg(Args a, size_t index, std::string_view name) {
  return a.size() > index ? &a[index] : kwarg(a, name);
}
// "len() takes exactly one argument (2 given)" (CPython METH_O wording).
void exactlyOne(Args a, std::string_view fname);
// The same for a METH_O method, self being args[0]: list.append(x), set.add(x).
inline void methodExactlyOne(Args a, std::string_view fname) {
  exactlyOne(Args{a.pos.subspan(a.size() ? 1 : 0), a.kw}, fname);
}
// PyArg_UnpackTuple wording: "divmod expected 2 arguments, got 1",
// "min expected at least 1 argument, got 0".
void unpackCount(Args a, std::string_view fname, size_t min, size_t max);
// Argument-clinic wording: "f() takes at least 1 positional argument (0 given)",
// "f() takes at most 2 arguments (3 given)", "f() takes exactly 2 arguments (1 given)".
void clinicCount(Args a, std::string_view fname, size_t min, size_t max);
// A function of no arguments (METH_NOARGS): "globals() takes no keyword
// arguments", then "globals() takes no arguments (1 given)".
inline void noArgs(Args a, std::string_view fname) {
  noKwargs(a, fname);
  clinicCount(a, fname, 0, 0);
}
// The shape of a signature beyond its parameter names: the
// first `required` parameters have no default, the first `positionalOnly`
// come before a `/`, and the first `maxPositional` before a `*` (the rest are
// keyword-only). By default all are optional and positional-or-keyword.
struct ParamShape {
  size_t required = 0;
  size_t positionalOnly = 0;
  size_t maxPositional = SIZE_MAX;
};
// The arguments of a clinic function `fname(params...)` checked as CPython's
// _PyArg_UnpackKeywords does, with its messages in its order; read them
// after with argOrKwarg. isclose(a, b, *, rel_tol, abs_tol) is
// {"a", "b", "rel_tol", "abs_tol"}, {.required = 2, .maxPositional = 2}.
void clinicParams(Args a, std::string_view fname, std::initializer_list<std::string_view> params,
                  ParamShape shape = {});
// The arguments of a library function CPython writes in Python (functools.cache,
// lru_cache, wraps, collections.namedtuple) checked as a def's call is, with
// its messages in its order: a keyword that is unknown, positional-only or
// given twice, too many positional arguments, then the missing ones:
// "cache() takes 1 positional argument but 2 were given".
void defParams(Args a, std::string_view qualname, std::initializer_list<std::string_view> params,
               ParamShape shape = {});
// The type in argument-clinic messages: None by name ("replace() argument 1
// must be str, not None"), any other value by its type's name.
inline std::string argTypeName(const Value& v) {
  return v.isNone() ? "None" : typeName(v);
}
// A slot wrapper's arguments (it.__next__, s.__len__, t.__contains__): n
// besides self, no keywords, in wrapper words that name no type ("expected
// 0 arguments, got 1", "wrapper __next__() takes no keyword arguments").
void slotArgs(Args a, const char* slot, size_t n);
// __len__ is a slot wrapper in CPython (wrap_lenfunc), not a method:
// {1}.__len__(5) is an error, not 1. So are __contains__ and __getitem__
// where the type defines no method of that name (tuple, range, the dict views).
inline void lenSlotArgs(Args a) {
  slotArgs(a, "__len__", 0);
}
// Methods: self is args[0], so the counts exclude it. Same wording as clinicCount.
void methodCount(Args a, std::string_view fname, size_t min, size_t max);
// A method parsed by PyArg_ParseTuple ("O|OO:find") or by a keyword clinic
// (str.split): a bad count is "find() takes at least 1 argument (0 given)",
// not _PyArg_CheckPositional's "find expected at least 1 argument, got 0".
void methodTakesCount(Args a, std::string_view fname, size_t min, size_t max);

// The encoding and errors arguments of str(), bytes(), str.encode and
// bytes.decode: at positions 1 and 2, or by keyword; nullptr when not given.
// TypeError "<fname>() argument 'errors' must be str, not int" otherwise.
struct CodecArgs {
  const Value* encoding;
  const Value* errors;
  std::string_view encodingOr(std::string_view fallback) const {
    return encoding ? encoding->as<StrObj>()->view() : fallback;
  }
  std::string_view errorsOr(std::string_view fallback) const {
    return errors ? errors->as<StrObj>()->view() : fallback;
  }
};
CodecArgs codecArgs(Args a, std::string_view fname);

// ---------------------------------------------------------------- values

inline bool isIntValue(const Value& v) {
  return v.isInt() || v.isBool() || v.is(ObjKind::BigInt);
}
// int, bool, BigInt, float (inline: the VM's arithmetic asks it of every operand).
inline bool isNumberValue(const Value& v) {
  return isIntValue(v) || v.isFloat();
}
BigInt bigOf(const Value& v);  // int-like only
// CPython's PyNumber_Index: an int as it is, an instance's __index__()
// result (an object with __index__ stands for that int in range(), bin(),
// s * n, ...), else TypeError "'str' object cannot be interpreted as an integer".
Value asIndex(const Value& v);
// Whether asIndex(v) can answer without a TypeError: an int, or an instance
// whose class has __index__ (its result is checked when it is called).
bool hasIndex(const Value& v);
// operator.index(): "'str' object cannot be interpreted as an integer";
// OverflowError "Python int too large to convert to C ssize_t" past int64.
int64_t indexOf(const Value& v);
// A clinic `bool(accept={int})` argument (sort's reverse, splitlines'
// keepends): _PyLong_AsInt of an int or __index__ object, then nonzero.
// reverse=None is "'NoneType' object cannot be interpreted as an integer".
bool intFlag(const Value& v);
// int-like or float as double: "must be real number, not str".
double realOf(const Value& v);
// CPython's PySlice_Unpack + PySlice_AdjustIndices: fills start/stop/step
// for a sequence of length len and returns the slice length.
int64_t sliceIndices(const SliceObj& s, int64_t len, int64_t& start, int64_t& stop, int64_t& step);
inline std::string_view strView(const Value& v) {
  return v.as<StrObj>()->view();
}
inline Value str(std::string s) {
  return newStr(std::move(s));
}
inline Value boolean(bool b) {
  return Value::boolean(b);
}
inline Value integer(int64_t i) {
  return Value::integer(i);
}

// The NotImplemented singleton: what a binary dunder returns to let the other
// operand's reflected method answer.
Value notImplemented(Interpreter& vm);

// x.__getitem__(k) of a built-in sequence, once the caller has checked
// self's type: x[k], the VM's subscript (ints, __index__, slices, messages).
Value subscriptMethod(Interpreter& vm, Args a);

// Iterates any iterable with the VM's protocol. `f` returns false to stop;
// forEach returns whether it saw every item (true unless f stopped it).
bool forEach(Interpreter& vm, const Value& iterable, const std::function<bool(const Value&)>& f);
std::vector<Value> collect(Interpreter& vm, const Value& iterable);
// list(iterable) and list.extend(non-list/tuple), allocated as CPython 3.11
// allocates them (sys.getsizeof and the memory chart read `allocated`).
Value listFromIterable(Interpreter& vm, const Value& iterable);
void listExtendIter(Interpreter& vm, ListObj* list, const Value& iterable);

// dict(src) and d.update(src): a mapping's keys (or a dict's entries), else
// an iterable of pairs, with CPython's errors for a bad pair (builtins.cpp).
void dictUpdateFrom(Interpreter& vm, DictObj& d, const Value& src);
// CPython's set_update_internal: a set merges table-wise (set_merge), a dict
// presizes for its keys, anything else is added item by item.
void setUpdateFrom(Interpreter& vm, SetObj& set, const Value& other);
// The set a set operation reads `v` as: v itself when it is a set (or a
// frozenset), else a new set of its items (methods_set.cpp).
Value setOf(Interpreter& vm, const Value& v);

// Sorts in place, stably, calling back into Python through vm.lessThan (on the
// keys when key is not None). Exceptions from comparisons propagate; `items`
// then holds every original element in some order (never a lost element).
void sortValues(Interpreter& vm, std::vector<Value>& items, const Value& key, bool reverse);

// isinstance(obj, cls), with cls a class or a tuple of them; also understands
// the collections.abc classes, which test behaviour, not ancestry.
bool isInstance(Interpreter& vm, const Value& obj, const Value& clsOrTuple);
// callable(v): its type has tp_call (a class defining __call__, not an instance attribute).
bool isCallable(const Value& v);
// match statements (mod_collections.cpp): deque and namedtuples are sequences; OrderedDict, defaultdict, Counter
// mappings.
bool isCollectionsSequence(const Value& v);
// A namedtuple class (or a subclass of one): a tuple subclass in CPython,
// which isinstance(p, tuple) and issubclass(P, tuple) report (mod_collections.cpp).
bool isNamedtupleClass(ClassObj* c);
bool isCollectionsMapping(const Value& v);
// OrderedDict, defaultdict, Counter and their subclasses: dict subclasses in
// CPython, which isinstance(x, dict) and issubclass(C, dict) report.
bool isDictLikeClass(const ClassObj* c);
// functools._unwrap_partial: the function inside partial(partial(f, 1), 2)
// is f; anything else is itself (mod_functools.cpp).
Value unwrapPartial(Value f);

// ---------------------------------------------------------------- traceback objects

// exc.__traceback__ (and the tb that __exit__ and sys.exc_info() get): a
// `traceback` object per frame the exception has passed through, outermost
// first, linked by tb_next, each with its tb_lineno; None when it has none.
Value tracebackObject(const Value& exc);
bool isTracebackObject(const Value& v);
// exc.__traceback__ = tb, exc.with_traceback(tb), gen.throw(typ, val, tb):
// exc's frames become tb's chain (none for None), to which the frames it
// is raised through are added. False, changing nothing, when tb is neither.
bool setTraceback(const Value& exc, const Value& tb);

// ---------------------------------------------------------------- building types and modules

// Registers a method (a BuiltinObj with ownerType set: the VM binds it,
// passing self as args[0]).
void addMethod(ClassObj* cls, std::string_view name, NativeFn fn, Value data = {});
// A built-in type's attribute: read by `getter`, set (obj, value) by `setter`
// and deleted (obj) by `deleter` when given; refused in CPython's words
// otherwise. addProperty makes a getset descriptor; `kind` Member a member.
void addProperty(ClassObj* cls, std::string_view name, NativeFn getter, NativeFn setter = nullptr,
                 NativeFn deleter = nullptr, DescriptorKind kind = DescriptorKind::GetSet);
void addFunction(DictObj& dict, std::string_view name, NativeFn fn, Value data = {});
// A row of a registration table: the Python-visible name and its native.
struct NativeEntry {
  const char* name;
  NativeFn fn;
};
// addMethod / addProperty (fn: the getter) / addFunction for every row of a
// table, in order; a static array or a braced list of rows.
void addMethods(ClassObj* cls, std::span<const NativeEntry> entries);
void addProperties(ClassObj* cls, std::span<const NativeEntry> getters);
void addFunctions(DictObj& dict, std::span<const NativeEntry> entries);
inline void addMethods(ClassObj* cls, std::initializer_list<NativeEntry> entries) {
  addMethods(cls, std::span<const NativeEntry>(entries.begin(), entries.size()));
}
inline void addProperties(ClassObj* cls, std::initializer_list<NativeEntry> getters) {
  addProperties(cls, std::span<const NativeEntry>(getters.begin(), getters.size()));
}
inline void addFunctions(DictObj& dict, std::initializer_list<NativeEntry> entries) {
  addFunctions(dict, std::span<const NativeEntry>(entries.begin(), entries.size()));
}
// A classmethod (dict.fromkeys: the native gets the class as args[0]) and a
// staticmethod (str.maketrans: no class argument) of a built-in class.
void addClassMethod(ClassObj* cls, std::string_view name, NativeFn fn);
void addStaticMethod(ClassObj* cls, std::string_view name, NativeFn fn);
// The memory budget of the running VM: a huge bytes(n) or to_bytes(n) is a
// MemoryError, as a huge list is (the budget stands in for the machine's memory).
void checkBudget(Interpreter& vm, double bytes);

// A name a module binds to something that is not one of its functions: a
// class, a constant, a stream.
struct ModuleAttribute {
  const char* name;
  Value value;
};
Value newModule(std::string_view name);
// A module holding `functions`, then `attributes`, in that order (the order
// its __dict__ lists them); names made at import time go into its moduleDict.
Value newModule(std::string_view name, std::span<const NativeEntry> functions,
                std::initializer_list<ModuleAttribute> attributes = {});
inline Value newModule(std::string_view name, std::initializer_list<NativeEntry> functions,
                       std::initializer_list<ModuleAttribute> attributes = {}) {
  return newModule(name, std::span<const NativeEntry>(functions.begin(), functions.end()), attributes);
}
DictObj& moduleDict(const Value& module);

// args[0] of a method call, or TypeError when called with no arguments at
// all (e.g. `deque.append()` through the class).
inline const Value& selfArg(Args a) {
  if (a.size() == 0) raiseType("descriptor needs an argument");
  return a[0];
}
// The arguments after self, for a method of `type` that checks or passes
// them on; without self, CPython's "unbound method deque.rotate() needs an
// argument" (and never a span past its end, which is undefined).
inline Args argsAfterSelf(Args a, const char* type, const char* method) {
  if (a.size() == 0) raiseType(std::string("unbound method ") + type + "." + method + "() needs an argument");
  return Args{a.pos.subspan(1), a.kw};
}
// TypeError "descriptor 'upper' for 'str' objects doesn't apply to a 'int'
// object": a method of `type` called through the class on `got` instead.
[[noreturn]] void raiseDescriptorMismatch(std::string_view method, std::string_view type, const std::string& got);
// args[0] as the O a method of `type` needs, with CPython's messages when it
// is missing ("unbound method str.upper() needs an argument") or of another kind.
template <class O>
O* selfOf(Args a, ObjKind kind, const char* type, const char* method) {
  if (a.size() == 0) raiseType(std::string("unbound method ") + type + "." + method + "() needs an argument");
  if (!a[0].is(kind)) raiseDescriptorMismatch(method, type, typeName(a[0]));
  return a[0].as<O>();
}
// A binary dunder (self, other): TypeError unless exactly two arguments.
inline void needOther(Args a, const char* name) {
  if (a.size() != 2)
    raiseType(std::string(name) + "() takes exactly one argument (" + std::to_string(a.size() ? a.size() - 1 : 0) +
              " given)");
}

// The instance state kept by InstanceObj-based natives: stored in `args`.
inline Value& nativeState(const Value& self) {
  return self.as<InstanceObj>()->args;
}

// The body of a native object's traverse() when its references are plain
// Value members: traverse(v) { visitValues(v, func, source); }.
template <class... V>
void visitValues(Visitor& v, const V&... values) {
  (v.visit(values), ...);
}

template <class T, class... A>
Value newNative(A&&... args) {
  return Value::adopt(make<T>(std::forward<A>(args)...));
}

// An iterator over a snapshot vector of values (reversed(), dict views, ...).
struct VectorIter : NativeIterObj {
  VectorIter(const char* tn, std::vector<Value> v) : NativeIterObj(tn), items(std::move(v)) {}
  std::vector<Value> items;
  size_t pos = 0;
  bool next(Interpreter&, Value& out) override {
    if (pos >= items.size()) return false;
    out = std::move(items[pos++]);
    return true;
  }
  Value lengthHint() const override { return Value::integer(int64_t(items.size() - pos)); }
  void traverse(Visitor& v) const override {
    for (size_t i = pos; i < items.size(); ++i) v.visit(items[i]);
  }
};

// filter(pred, it) (wantFalse false) and itertools.filterfalse (true): an
// iterator of the items of `iterator` whose pred(item) is true (false); a None
// pred tests the item's own truth.
Value newFilterIterator(const Value& pred, Value iterator, bool wantFalse, const char* typeName);

// ---------------------------------------------------------------- utf-8

// upper() / lower() of ASCII letters in place, leaving every other byte: all
// of bytes.upper/lower, and str's for an ASCII string.
inline void mapAsciiCase(std::string& s, bool upper) {
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = char(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = char(c + 32);
  }
}

// A str's code points and back, through core/base/text.h's codec: a byte
// that is not UTF-8 is U+DC80..U+DCFF and is written back as that byte.
std::u32string decodeUtf8(std::string_view s);
std::string encodeUtf8(std::u32string_view s);
// ascii() of a repr: every non-ASCII code point as \xhh, \uhhhh or \Uhhhhhhhh.
std::string asciiEscaped(std::string_view text);
// The value of a Unicode decimal digit (Nd), or -1.
int decimalDigitValue(char32_t c);

// ---------------------------------------------------------------- per-file installers

void installStrMethods(const BuiltinTypes& types);
void installBytesMethods(const BuiltinTypes& types);
void installListMethods(const BuiltinTypes& types);
void installDictMethods(const BuiltinTypes& types);
void installSetMethods(const BuiltinTypes& types);
void installNumberMethods(const BuiltinTypes& types);
Value makeItertoolsModule(Interpreter& vm);
Value makeFunctoolsModule(Interpreter& vm);
Value makeMathModule(Interpreter& vm);
Value makeSysModule(Interpreter& vm);
Value makeCollectionsModule(Interpreter& vm);
Value makeCollectionsAbcModule(Interpreter& vm);
Value makeOperatorModule(Interpreter& vm);  // mod_functools.cpp
Value makeInspectModule(Interpreter& vm);
Value makeRandomModule(Interpreter& vm);
Value makeDataclassesModule(Interpreter& vm);
Value makeContextlibModule(Interpreter& vm);
Value makeTypesModule(Interpreter& vm);
// The bound local names of a function frame with their values, in slot
// order: arguments and locals, then cells, then free variables (locals()).
std::vector<std::pair<std::string, Value>> functionFrameLocals(const Frame& f);
// sys.getsizeof of deque/Counter/defaultdict/namedtuple instances as CPython
// reports them, or -1 for other values (mod_collections.cpp).
int64_t collectionsSizeof(const Value& v);

// Exposed for methods: str(x) construction semantics and repr of a str.
Value strConstruct(Interpreter& vm, Args a, const Value& cls);
std::string formatValue(Interpreter& vm, const Value& v, std::string_view spec);
// The Python exception type a format.h FormatError names, and raising it as
// CPython does: MemoryError() without arguments, the others with the message.
struct FormatError;
ClassObj* formatErrorType(const FormatError& e);
[[noreturn]] void throwFormatError(const FormatError& e);

}  // namespace ys
