// mod_functools.cpp — the functools module: reduce, partial, lru_cache/cache,
// wraps.
//
// partial objects and lru_cache wrappers are InstanceObj values of small
// built-in classes with a native __call__; their state lives in the
// instance's `args` tuple (partial: func, args, keywords; cache wrapper:
// func, cache dict, maxsize, hits, misses), so the memory walk and the
// debugger see them like any other object.
#include <mutex>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"

namespace ys {

namespace {

ClassObj* g_partialClass = nullptr;
ClassObj* g_cacheClass = nullptr;
ClassObj* g_keyWrapperClass = nullptr;

Value ft_reduce(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "reduce");
  unpackCount(a, "reduce", 2, 3);
  Value acc;
  bool have = a.size() == 3;
  if (have) acc = a[2];
  Value it = iterOrRaise(vm, a[1], "reduce() arg 2 must support iteration");
  Value item;
  while (vm.iterNext(it, item)) {
    if (!have) {
      acc = std::move(item);
      have = true;
      continue;
    }
    Value args[2] = {acc, item};
    acc = vm.call(a[0], std::span<const Value>(args, 2));
  }
  if (!have) raiseType("reduce() of empty iterable with no initial value");
  return acc;
}

// ---------------------------------------------------------------- partial

struct PartialParts {
  Value func, args, keywords;  // args: tuple, keywords: dict
};

bool isPartial(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls->isSubclassOf(g_partialClass);
}

PartialParts partialOf(const Value& self) {
  if (!isPartial(self)) raiseType("descriptor requires a 'functools.partial' object");
  const auto& items = nativeState(self).as<TupleObj>()->items;
  return {items[0], items[1], items[2]};
}

Value partialConstruct(Interpreter&, Args a, const Value& cls) {
  if (a.size() == 0) raiseType("type 'partial' takes at least one argument");
  if (!isCallable(a[0])) raiseType("the first argument must be callable");
  Value func = a[0];
  std::vector<Value> args;
  Value kw = newDict();
  // Flatten partial(partial(f, 1), 2) as CPython's partial_new does: for a
  // partial of any subclass, unless attributes were set on it.
  if (isPartial(func) && func.as<InstanceObj>()->dict->count == 0) {
    PartialParts inner = partialOf(func);
    func = inner.func;
    args = inner.args.as<TupleObj>()->items;
    for (auto& e : inner.keywords.as<DictObj>()->entries)
      if (e.live) kw.as<DictObj>()->set(e.key, e.value);
  }
  args.insert(args.end(), a.pos.begin() + 1, a.pos.end());
  for (const KwArg& k : a.kw) kw.as<DictObj>()->set(k.name, k.value);
  InstanceObj* inst = make<InstanceObj>(cls.is(ObjKind::Class) ? cls.as<ClassObj>() : g_partialClass);
  inst->args = newTuple({func, newTuple(std::move(args)), kw});
  return Value::adopt(inst);
}

Value partialCall(Interpreter& vm, Args a, const Value&) {
  PartialParts p = partialOf(selfArg(a));
  std::vector<Value> args = p.args.as<TupleObj>()->items;
  args.insert(args.end(), a.pos.begin() + 1, a.pos.end());
  std::vector<KwArg> kw;
  for (auto& e : p.keywords.as<DictObj>()->entries) {
    if (!e.live) continue;
    bool overridden = false;
    for (const KwArg& k : a.kw)
      if (equalValues(k.name, e.key)) overridden = true;
    if (!overridden) kw.push_back({e.key, e.value});
  }
  for (const KwArg& k : a.kw) kw.push_back(k);
  return vm.call(p.func, args, kw);
}

Value partialRepr(Interpreter& vm, Args a, const Value&) {
  PartialParts p = partialOf(selfArg(a));
  std::string s = selfArg(a).as<InstanceObj>()->cls->messageName() + "(" + vm.repr(p.func);
  for (const Value& v : p.args.as<TupleObj>()->items) s += ", " + vm.repr(v);
  for (auto& e : p.keywords.as<DictObj>()->entries)
    if (e.live) s += ", " + std::string(strView(e.key)) + "=" + vm.repr(e.value);
  return str(s + ")");
}

Value partialFunc(Interpreter&, Args a, const Value&) {
  return partialOf(selfArg(a)).func;
}
Value partialArgs(Interpreter&, Args a, const Value&) {
  return partialOf(selfArg(a)).args;
}
Value partialKeywords(Interpreter&, Args a, const Value&) {
  return partialOf(selfArg(a)).keywords;
}

// ---------------------------------------------------------------- lru_cache

// State tuple slots.
enum { kFunc, kCache, kMax, kHits, kMisses, kSlots };

ListObj* cacheState(const Value& self) {
  if (!self.is(ObjKind::Instance) || self.as<InstanceObj>()->cls.get() != g_cacheClass)
    raiseType("descriptor requires a functools._lru_cache_wrapper object");
  return nativeState(self).as<ListObj>();
}

Value cacheKey(Args a) {
  std::vector<Value> parts(a.pos.begin() + 1, a.pos.end());
  if (!a.kw.empty()) {
    parts.push_back(str("\x01kwmark"));
    for (const KwArg& k : a.kw) {
      parts.push_back(k.name);
      parts.push_back(k.value);
    }
  }
  if (parts.size() == 1 && (parts[0].is(ObjKind::Str) || parts[0].isInt())) return parts[0];
  return newTuple(std::move(parts));
}

Value cacheCall(Interpreter& vm, Args a, const Value&) {
  ListObj* st = cacheState(selfArg(a));
  Value keep = a[0];
  Value key = cacheKey(a);
  DictObj* cache = st->items[kCache].as<DictObj>();
  int64_t maxsize = st->items[kMax].isNone() ? -1 : st->items[kMax].asInt();
  Value out;
  if (cache->get(key, out)) {
    st->items[kHits] = Value::integer(st->items[kHits].asInt() + 1);
    if (maxsize >= 0) {  // most recently used goes last
      cache->remove(key);
      cache->set(key, out);
    }
    return out;
  }
  st->items[kMisses] = Value::integer(st->items[kMisses].asInt() + 1);
  std::vector<Value> args(a.pos.begin() + 1, a.pos.end());
  Value r = vm.call(st->items[kFunc], args, a.kw);
  if (maxsize == 0) return r;
  cache->set(key, r);
  if (maxsize > 0 && int64_t(cache->size()) > maxsize) {
    for (auto& e : cache->entries)
      if (e.live) {
        Value oldest = e.key;
        cache->remove(oldest);
        break;
      }
  }
  return r;
}

Value cacheClear(Interpreter&, Args a, const Value&) {
  ListObj* st = cacheState(selfArg(a));
  st->items[kCache].as<DictObj>()->clear();
  st->items[kHits] = Value::integer(0);
  st->items[kMisses] = Value::integer(0);
  return {};
}

// functools._CacheInfo, the namedtuple class cache_info() returns: made on
// first use and kept on this run's functools module, so every cache_info()
// of a run has the one class, as in CPython.
Value cacheInfoClass(Interpreter& vm) {
  const Value functools = vm.importName("functools");
  if (vm.hasAttr(functools, "_CacheInfo")) return vm.getAttr(functools, "_CacheInfo");
  const Value namedtuple = vm.getAttr(vm.importName("collections"), "namedtuple");
  const Value classArgs[] = {str("CacheInfo"), str("hits misses maxsize currsize")};
  Value cls = vm.call(namedtuple, classArgs);
  vm.setAttr(functools, "_CacheInfo", cls);
  return cls;
}

// CacheInfo(hits, misses, maxsize, currsize) is a namedtuple, as functools's
// (cache_info().hits, unpacking and indexing work on it).
Value cacheInfo(Interpreter& vm, Args a, const Value&) {
  ListObj* st = cacheState(selfArg(a));
  const Value cls = cacheInfoClass(vm);
  const Value fields[] = {st->items[kHits], st->items[kMisses], st->items[kMax],
                          Value::integer(int64_t(st->items[kCache].as<DictObj>()->size()))};
  return vm.call(cls, fields);
}

// The wrapper is a method descriptor, as _lru_cache_wrapper's tp_descr_get:
// read from an instance it binds to it (so the instance is part of the key),
// read from the class it is itself.
Value cacheGet(Interpreter&, Args a, const Value&) {
  methodCount(a, "__get__", 1, 2);
  cacheState(a[0]);
  if (a[1].isNone()) return a[0];
  return Value::adopt(make<BoundMethodObj>(a[1], a[0]));
}

Value cacheWrapped(Interpreter&, Args a, const Value&) {
  return cacheState(selfArg(a))->items[kFunc];
}

Value wrapWithCache(Interpreter& vm, const Value& func, const Value& maxsize) {
  if (!isCallable(func)) raiseType("the first argument must be callable");
  InstanceObj* inst = make<InstanceObj>(g_cacheClass);
  inst->args = newList({func, newDict(), maxsize, Value::integer(0), Value::integer(0)});
  // Keep the wrapped function's name visible (functools.update_wrapper).
  if (func.is(ObjKind::Function)) {
    inst->dict->setStr("__name__", str(func.as<FunctionObj>()->name));
    inst->dict->setStr("__qualname__", str(func.as<FunctionObj>()->qualname));
    // and its docstring, which lives in the code object
    inst->dict->setStr("__doc__", vm.getAttr(func, "__doc__"));
  }
  inst->dict->setStr("__wrapped__", func);
  return Value::adopt(inst);
}

Value lruDecorator(Interpreter& vm, Args a, const Value& data) {
  if (a.size() != 1) raiseType("lru_cache decorator takes exactly one function");
  return wrapWithCache(vm, a[0], data);
}

Value ft_lru_cache(Interpreter& vm, Args a, const Value&) {
  defParams(a, "lru_cache", {"maxsize", "typed"});
  // typed=True keeps f(1) and f(1.0) apart; one table here would answer
  // f(1.0) with f(1)'s result, so it is refused rather than ignored.
  if (const Value* typed = argOrKwarg(a, 1, "typed"); typed && vm.truthy(*typed))
    throwError(T().NotImplementedError, "Yieldscope does not support functools.lru_cache(typed=True) yet");
  Value maxsize = Value::integer(128);
  if (a.size() >= 1)
    maxsize = a[0];
  else if (const Value* m = kwarg(a, "maxsize"))
    maxsize = *m;
  // @lru_cache used bare: the argument is the function itself.
  if (a.size() == 1 && (a[0].is(ObjKind::Function) || a[0].is(ObjKind::Builtin)))
    return wrapWithCache(vm, a[0], Value::integer(128));
  if (!maxsize.isNone()) {
    if (!isIntValue(maxsize)) raiseType("Expected first argument to be an integer, a callable, or None");
    if (maxsize.asInt() < 0) maxsize = Value::integer(0);
  }
  return newBuiltin("decorating_function", lruDecorator, maxsize);
}

Value ft_cache(Interpreter& vm, Args a, const Value&) {
  defParams(a, "cache", {"user_function"}, {.required = 1, .positionalOnly = 1});
  return wrapWithCache(vm, a[0], Value());
}

// ---------------------------------------------------------------- wraps

// functools.update_wrapper with the default WRAPPER_ASSIGNMENTS/UPDATES:
// name, qualname and __doc__ (read through getattr, since a docstring lives
// in the code object, not in the function's __dict__) are assigned, the
// wrapped function's __dict__ is merged in, then __wrapped__ is set.
Value wrapsApply(Interpreter& vm, Args a, const Value& wrapped) {
  if (a.size() != 1) raiseType("update_wrapper expects one function");
  const Value& wrapper = a[0];
  if (wrapper.is(ObjKind::Function)) {
    FunctionObj* f = wrapper.as<FunctionObj>();
    if (!f->attrs) f->attrs = Ref<DictObj>(make<DictObj>());
    if (wrapped.is(ObjKind::Function)) {
      FunctionObj* w = wrapped.as<FunctionObj>();
      f->name = w->name;
      f->qualname = w->qualname;
      f->attrs->setStr("__doc__", vm.getAttr(wrapped, "__doc__"));
      if (w->attrs) {
        for (auto& e : w->attrs->entries)
          if (e.live) f->attrs->set(e.key, e.value);
      }
    } else {
      // Any other wrapped callable (an lru_cache wrapper, a builtin): what
      // it has of __name__, __qualname__ and __doc__ is copied, as
      // update_wrapper's getattr does, skipping what it lacks.
      if (vm.hasAttr(wrapped, "__name__")) {
        const Value n = vm.getAttr(wrapped, "__name__");
        if (n.is(ObjKind::Str)) f->name = std::string(strView(n));
      }
      if (vm.hasAttr(wrapped, "__qualname__")) {
        const Value q = vm.getAttr(wrapped, "__qualname__");
        if (q.is(ObjKind::Str)) f->qualname = std::string(strView(q));
      }
      if (vm.hasAttr(wrapped, "__doc__")) f->attrs->setStr("__doc__", vm.getAttr(wrapped, "__doc__"));
    }
    f->attrs->setStr("__wrapped__", wrapped);  // whatever it wraps
  }
  return wrapper;
}

Value ft_wraps(Interpreter&, Args a, const Value&) {
  defParams(a, "wraps", {"wrapped", "assigned", "updated"}, {.required = 1});
  if (argOrKwarg(a, 1, "assigned") || argOrKwarg(a, 2, "updated"))
    throwError(T().NotImplementedError, "Yieldscope does not support functools.wraps with assigned or updated yet");
  return newBuiltin("update_wrapper", wrapsApply, *argOrKwarg(a, 0, "wrapped"));
}

// ---------------------------------------------------------------- cmp_to_key

// cmp_to_key(cmp)(obj): a key that orders by cmp(a, b) compared with 0, the
// way an old-style comparison function sorted.
const std::vector<Value>& keyParts(const Value& k) {  // (cmp, obj)
  return nativeState(k).as<TupleObj>()->items;
}
bool isKeyWrapper(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls.get() == g_keyWrapperClass;
}

template <ast::CmpOpKind Op>
Value keyCompare(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "comparison", 1, 1);
  if (!isKeyWrapper(a[1])) raiseType("other argument must be K instance");
  const Value pair[2] = {keyParts(a[0])[1], keyParts(a[1])[1]};
  return vm.compare(int(Op), vm.call(keyParts(a[0])[0], pair), Value::integer(0));
}
Value keyObj(Interpreter&, Args a, const Value&) {
  return keyParts(a[0])[1];
}
Value keyWrap(Interpreter&, Args a, const Value& cmp) {
  noKwargs(a, "K");
  if (a.size() != 1) raiseType("K() takes exactly 1 argument (" + std::to_string(a.size()) + " given)");
  InstanceObj* k = make<InstanceObj>(g_keyWrapperClass);
  k->args = newTuple({cmp, a[0]});
  return Value::adopt(k);
}
Value ft_cmp_to_key(Interpreter&, Args a, const Value&) {
  clinicParams(a, "cmp_to_key", {"mycmp"}, {.required = 1});
  const Value* cmp = argOrKwarg(a, 0, "mycmp");
  return newBuiltin("functools.KeyWrapper", keyWrap, *cmp);
}

// ---------------------------------------------------------------- total_ordering

// functools.total_ordering: from the one ordering method a class defines
// (with __eq__), the other three, as Lib/functools.py derives them. A
// derived method calls the root through type(self) and returns what the
// Python expression would (r or self == other gives r itself when true).
enum Ordering { kLt, kLe, kGt, kGe };
const char* const kOrderingNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};
enum Formula { kNotR, kROrEq, kNotRAndNe, kNotROrEq, kRAndNe, kRoot };
// kDerive[root][op]: how op follows from the root's answer r.
constexpr Formula kDerive[4][4] = {
    {kRoot, kROrEq, kNotRAndNe, kNotR},  // from __lt__
    {kRAndNe, kRoot, kNotR, kNotROrEq},  // from __le__
    {kNotRAndNe, kNotR, kRoot, kROrEq},  // from __gt__
    {kNotR, kNotROrEq, kRAndNe, kRoot},  // from __ge__
};

Value derivedOrdering(Interpreter& vm, Args a, const Value& data) {
  const int root = int(data.asInt() / 4), op = int(data.asInt() % 4);
  if (a.size() != 2) raiseType(std::string(kOrderingNames[op]) + "() takes 2 positional arguments");
  const Value& self = a[0];
  const Value& other = a[1];
  const Value pair[2] = {self, other};
  const Value r = vm.call(vm.getAttr(Value::object(typeOf(self)), kOrderingNames[root]), pair);
  if (r.identical(notImplemented(vm))) return r;
  const bool truth = vm.truthy(r);
  auto compare = [&](ast::CmpOpKind k) { return vm.compare(int(k), self, other); };
  switch (kDerive[root][op]) {
    case kNotR:
      return boolean(!truth);
    case kROrEq:
      return truth ? r : compare(ast::CmpOpKind::Eq);
    case kNotRAndNe:
      return truth ? boolean(false) : compare(ast::CmpOpKind::NotEq);
    case kNotROrEq:
      return truth ? compare(ast::CmpOpKind::Eq) : boolean(true);
    case kRAndNe:
      return truth ? compare(ast::CmpOpKind::NotEq) : r;
    case kRoot:
      break;
  }
  return r;
}

Value ft_total_ordering(Interpreter&, Args a, const Value&) {
  defParams(a, "total_ordering", {"cls"}, {.required = 1});
  const Value& target = *argOrKwarg(a, 0, "cls");
  // Anything but a class has all four comparisons of its own (bound to it,
  // so never object's), and Lib/functools.py returns it unchanged.
  if (!target.is(ObjKind::Class)) return target;
  ClassObj* cls = target.as<ClassObj>();
  bool defined[4] = {};
  int root = -1;
  for (int op = kGe; op >= kLt; --op) {  // max() of the names: __lt__, then __le__, __gt__, __ge__
    Value m;
    defined[op] = cls->lookup(kOrderingNames[op], m) && isUserMethod(m);
    if (defined[op]) root = op;
  }
  if (root < 0) raiseValue("must define at least one ordering operation: < > <= >=");
  for (int op = kLt; op <= kGe; ++op) {
    if (defined[op]) continue;
    Value method = newBuiltin(kOrderingNames[op], derivedOrdering, Value::integer(root * 4 + op));
    method.as<BuiltinObj>()->ownerType = cls;
    cls->dict->setStr(kOrderingNames[op], method);
  }
  return target;
}

void makeClasses() {
  g_partialClass = newNativeClass("partial", "functools");
  g_partialClass->instancesTakeAttributes = true;
  g_partialClass->tpName = "functools.partial";
  g_partialClass->construct = partialConstruct;
  addMethod(g_partialClass, "__call__", partialCall);
  addMethod(g_partialClass, "__repr__", partialRepr);
  for (const NativeEntry& member :
       {NativeEntry{"func", partialFunc}, NativeEntry{"args", partialArgs}, NativeEntry{"keywords", partialKeywords}})
    addProperty(g_partialClass, member.name, member.fn, nullptr, nullptr, DescriptorKind::Member);
  g_cacheClass = newNativeClass("_lru_cache_wrapper", "functools");
  g_cacheClass->instancesTakeAttributes = true;
  g_cacheClass->tpName = "functools._lru_cache_wrapper";
  addMethods(g_cacheClass,
             {{"__call__", cacheCall}, {"__get__", cacheGet}, {"cache_clear", cacheClear}, {"cache_info", cacheInfo}});
  // CPython's update_wrapper sets __wrapped__ on the wrapper: the undecorated function.
  addProperty(g_cacheClass, "__wrapped__", cacheWrapped);
  using C = ast::CmpOpKind;
  g_keyWrapperClass = newNativeClass("KeyWrapper", "functools");
  g_keyWrapperClass->tpName = "functools.KeyWrapper";
  addMethods(g_keyWrapperClass, {{"__lt__", keyCompare<C::Lt>},
                                 {"__le__", keyCompare<C::LtE>},
                                 {"__gt__", keyCompare<C::Gt>},
                                 {"__ge__", keyCompare<C::GtE>},
                                 {"__eq__", keyCompare<C::Eq>},
                                 {"__ne__", keyCompare<C::NotEq>}});
  addProperty(g_keyWrapperClass, "obj", keyObj);
  g_keyWrapperClass->dict->setStr("__hash__", Value());
}

// ================================================================ operator

// The operator functions are _operator's: "_operator.add() takes no keyword
// arguments", but "add expected 2 arguments, got 1".
void two(Args a, const char* name) {
  noKwargs(a, std::string("_operator.") + name);
  unpackCount(a, name, 2, 2);
}
void one(Args a, const char* name) {
  exactlyOne(a, std::string("_operator.") + name);
}

// The function's own name words its argument-count error ("add expected 2 arguments, got 1").
template <ast::OpKind K, const char* Name>
Value op_binary(Interpreter& vm, Args a, const Value&) {
  two(a, Name);
  return vm.binaryOp(int(K), a[0], a[1]);
}
constexpr char kAdd[] = "add", kSub[] = "sub", kMul[] = "mul", kTruediv[] = "truediv", kFloordiv[] = "floordiv",
               kMod[] = "mod", kPow[] = "pow", kLshift[] = "lshift", kRshift[] = "rshift", kAnd[] = "and_",
               kOr[] = "or_", kXor[] = "xor", kMatmul[] = "matmul";

// PySequence_Check: a type with sq_item that is not a dict (list, tuple,
// str, bytes, range, deque, a class with __getitem__).
bool isSequence(const Value& v) {
  if (v.is(ObjKind::List) || v.is(ObjKind::Tuple) || v.is(ObjKind::Str) || v.is(ObjKind::Bytes) || v.is(ObjKind::Range))
    return true;
  if (!v.is(ObjKind::Instance) || isDictLikeClass(v.as<InstanceObj>()->cls.get())) return false;
  Value getitem;
  return v.as<InstanceObj>()->cls->lookup("__getitem__", getitem);
}

// a + b as PySequence_Concat: the types with their own concatenation (list,
// tuple, str, bytes, deque, namedtuple) concatenate; an instance of a class
// with __getitem__ adds to another sequence; anything else, a number, a dict
// or a range, is refused.
Value op_concat(Interpreter& vm, Args a, const Value&) {
  two(a, "concat");
  const Value& first = a[0];
  const bool concatenates = first.is(ObjKind::List) || first.is(ObjKind::Tuple) || first.is(ObjKind::Str) ||
                            first.is(ObjKind::Bytes) || isCollectionsSequence(first);
  if (concatenates || (first.is(ObjKind::Instance) && isSequence(first) && isSequence(a[1])))
    return vm.add(first, a[1]);
  raiseType("'" + typeName(first) + "' object can't be concatenated");
}

// The rich comparisons give what the comparison gives (a class's __le__ may
// answer anything), with the reflected method and messages of a < b.
template <ast::CmpOpKind K, const char* Name>
Value op_compare(Interpreter& vm, Args a, const Value&) {
  two(a, Name);
  return vm.compare(int(K), a[0], a[1]);
}
constexpr char kOpEq[] = "eq", kOpNe[] = "ne", kOpLt[] = "lt", kOpLe[] = "le", kOpGt[] = "gt", kOpGe[] = "ge";

Value op_is(Interpreter&, Args a, const Value&) {
  two(a, "is_");
  return boolean(a[0].identical(a[1]));
}
Value op_is_not(Interpreter&, Args a, const Value&) {
  two(a, "is_not");
  return boolean(!a[0].identical(a[1]));
}
Value op_not(Interpreter& vm, Args a, const Value&) {
  one(a, "not_");
  return boolean(!vm.truthy(a[0]));
}
Value op_truth(Interpreter& vm, Args a, const Value&) {
  one(a, "truth");
  return boolean(vm.truthy(a[0]));
}
Value op_neg(Interpreter& vm, Args a, const Value&) {
  one(a, "neg");
  return vm.negative(a[0]);  // -x: __neg__, and -0.0 for 0.0
}
// operator.index(x): x as an int, by its __index__ for an object (PyNumber_Index).
Value op_index(Interpreter&, Args a, const Value&) {
  one(a, "index");
  const Value i = asIndex(a[0]);
  return i.isBool() ? Value::integer(i.asInt()) : i;  // an exact int: index(True) is 1
}
Value op_contains(Interpreter& vm, Args a, const Value&) {
  two(a, "contains");
  return boolean(vm.contains(a[0], a[1]));  // b in a
}
Value op_getitem(Interpreter& vm, Args a, const Value&) {
  two(a, "getitem");
  return vm.getItem(a[0], a[1]);
}

// itemgetter, attrgetter and methodcaller are classes of CPython's _operator
// (their reprs read "operator.itemgetter(1)"): an instance keeps what it was
// made from as its native state, and calling it applies that to one object.
enum Getter { kItemGetter, kAttrGetter, kMethodCaller };
const char* const kGetterNames[] = {"itemgetter", "attrgetter", "methodcaller"};
ClassObj* g_getterClass[3] = {};

Value newGetter(Getter kind, const Value& cls, Value state) {
  InstanceObj* inst = make<InstanceObj>(cls.is(ObjKind::Class) ? cls.as<ClassObj>() : g_getterClass[kind]);
  inst->args = std::move(state);
  return Value::adopt(inst);
}
const std::vector<Value>& getterState(const Value& self, Getter kind) {
  if (!self.is(ObjKind::Instance) || !self.as<InstanceObj>()->cls->isSubclassOf(g_getterClass[kind]))
    raiseDescriptorMismatch("__call__", std::string("operator.") + kGetterNames[kind], typeName(self));
  return nativeState(self).as<TupleObj>()->items;
}
// __call__(self, obj): "itemgetter() takes no keyword arguments",
// "itemgetter expected 1 argument, got 2".
const Value& getterTarget(Args a, Getter kind) {
  const Args rest = argsAfterSelf(a, kGetterNames[kind], "__call__");
  noKwargs(rest, kGetterNames[kind]);
  unpackCount(rest, kGetterNames[kind], 1, 1);
  return rest[0];
}
std::string getterRepr(Interpreter& vm, const std::vector<Value>& shown, Getter kind) {
  std::string s = std::string("operator.") + kGetterNames[kind] + "(";
  for (size_t i = 0; i < shown.size(); ++i) s += (i ? ", " : "") + vm.repr(shown[i]);
  return s;
}

Value itemgetterConstruct(Interpreter&, Args a, const Value& cls) {
  noKwargs(a, "itemgetter");
  if (a.size() == 0) raiseType("itemgetter expected 1 argument, got 0");
  return newGetter(kItemGetter, cls, newTuple(std::vector<Value>(a.pos.begin(), a.pos.end())));
}
Value itemgetterCall(Interpreter& vm, Args a, const Value&) {
  const auto& keys = getterState(selfArg(a), kItemGetter);
  const Value& obj = getterTarget(a, kItemGetter);
  if (keys.size() == 1) return vm.getItem(obj, keys[0]);
  std::vector<Value> out;
  for (const Value& k : keys) out.push_back(vm.getItem(obj, k));
  return newTuple(std::move(out));
}
Value itemgetterRepr(Interpreter& vm, Args a, const Value&) {
  return str(getterRepr(vm, getterState(selfArg(a), kItemGetter), kItemGetter) + ")");
}

Value dotted(Interpreter& vm, Value obj, std::string_view path) {
  size_t start = 0;
  while (true) {
    size_t dot = path.find('.', start);
    obj = vm.getAttr(obj, path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) return obj;
    start = dot + 1;
  }
}
Value attrgetterConstruct(Interpreter&, Args a, const Value& cls) {
  noKwargs(a, "attrgetter");
  if (a.size() == 0) raiseType("attrgetter expected 1 argument, got 0");
  for (const Value& v : a.pos)
    if (!v.is(ObjKind::Str)) raiseType("attribute name must be a string");
  return newGetter(kAttrGetter, cls, newTuple(std::vector<Value>(a.pos.begin(), a.pos.end())));
}
Value attrgetterCall(Interpreter& vm, Args a, const Value&) {
  const auto& names = getterState(selfArg(a), kAttrGetter);
  const Value& obj = getterTarget(a, kAttrGetter);
  if (names.size() == 1) return dotted(vm, obj, strView(names[0]));
  std::vector<Value> out;
  for (const Value& n : names) out.push_back(dotted(vm, obj, strView(n)));
  return newTuple(std::move(out));
}
Value attrgetterRepr(Interpreter& vm, Args a, const Value&) {
  return str(getterRepr(vm, getterState(selfArg(a), kAttrGetter), kAttrGetter) + ")");
}

// methodcaller(name, /, *args, **kwargs)(obj): obj.name(*args, **kwargs).
// Its state: (name, args, kwargs as (keyword, value) pairs).
Value methodcallerConstruct(Interpreter&, Args a, const Value& cls) {
  if (a.size() == 0) raiseType("methodcaller needs at least one argument, the method name");
  if (!a[0].is(ObjKind::Str)) raiseType("method name must be a string");
  std::vector<Value> kwPairs;
  for (const KwArg& k : a.kw) kwPairs.push_back(newTuple({k.name, k.value}));
  return newGetter(
      kMethodCaller, cls,
      newTuple({a[0], newTuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end())), newTuple(std::move(kwPairs))}));
}
Value methodcallerCall(Interpreter& vm, Args a, const Value&) {
  const auto& parts = getterState(selfArg(a), kMethodCaller);
  const Value& obj = getterTarget(a, kMethodCaller);
  std::vector<KwArg> kw;
  for (const Value& pair : parts[2].as<TupleObj>()->items)
    kw.push_back({pair.as<TupleObj>()->items[0], pair.as<TupleObj>()->items[1]});
  return vm.call(vm.getAttr(obj, strView(parts[0])), parts[1].as<TupleObj>()->items, kw);
}
Value methodcallerRepr(Interpreter& vm, Args a, const Value&) {
  const auto& parts = getterState(selfArg(a), kMethodCaller);
  std::vector<Value> shown = {parts[0]};
  for (const Value& v : parts[1].as<TupleObj>()->items) shown.push_back(v);
  std::string s = getterRepr(vm, shown, kMethodCaller);
  for (const Value& pair : parts[2].as<TupleObj>()->items)
    s += ", " + std::string(strView(pair.as<TupleObj>()->items[0])) + "=" + vm.repr(pair.as<TupleObj>()->items[1]);
  return str(s + ")");
}

void makeGetterClasses() {
  const NativeFn constructs[] = {itemgetterConstruct, attrgetterConstruct, methodcallerConstruct};
  const NativeFn calls[] = {itemgetterCall, attrgetterCall, methodcallerCall};
  const NativeFn reprs[] = {itemgetterRepr, attrgetterRepr, methodcallerRepr};
  for (int k = 0; k < 3; ++k) {
    ClassObj* c = newNativeClass(kGetterNames[k], "operator");
    c->tpName = std::string("operator.") + kGetterNames[k];
    c->construct = constructs[k];
    addMethods(c, {{"__call__", calls[k]}, {"__repr__", reprs[k]}});
    g_getterClass[k] = c;
  }
}

}  // namespace

Value unwrapPartial(Value f) {
  while (isPartial(f)) f = partialOf(f).func;
  return f;
}

Value makeOperatorModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, makeGetterClasses);
  using K = ast::OpKind;
  static const NativeEntry fns[] = {
      {"add", op_binary<K::Add, kAdd>},
      {"sub", op_binary<K::Sub, kSub>},
      {"mul", op_binary<K::Mult, kMul>},
      {"truediv", op_binary<K::Div, kTruediv>},
      {"floordiv", op_binary<K::FloorDiv, kFloordiv>},
      {"mod", op_binary<K::Mod, kMod>},
      {"pow", op_binary<K::Pow, kPow>},
      {"lshift", op_binary<K::LShift, kLshift>},
      {"rshift", op_binary<K::RShift, kRshift>},
      {"and_", op_binary<K::BitAnd, kAnd>},
      {"or_", op_binary<K::BitOr, kOr>},
      {"xor", op_binary<K::BitXor, kXor>},
      {"concat", op_concat},
      {"matmul", op_binary<K::MatMult, kMatmul>},
      {"eq", op_compare<ast::CmpOpKind::Eq, kOpEq>},
      {"ne", op_compare<ast::CmpOpKind::NotEq, kOpNe>},
      {"lt", op_compare<ast::CmpOpKind::Lt, kOpLt>},
      {"le", op_compare<ast::CmpOpKind::LtE, kOpLe>},
      {"gt", op_compare<ast::CmpOpKind::Gt, kOpGt>},
      {"ge", op_compare<ast::CmpOpKind::GtE, kOpGe>},
      {"is_", op_is},
      {"is_not", op_is_not},
      {"not_", op_not},
      {"truth", op_truth},
      {"neg", op_neg},
      {"index", op_index},
      {"contains", op_contains},
      {"getitem", op_getitem},
  };
  return newModule("operator", fns,
                   {{"itemgetter", Value::object(g_getterClass[kItemGetter])},
                    {"attrgetter", Value::object(g_getterClass[kAttrGetter])},
                    {"methodcaller", Value::object(g_getterClass[kMethodCaller])}});
}

Value makeFunctoolsModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, makeClasses);
  return newModule("functools",
                   {{"reduce", ft_reduce},
                    {"lru_cache", ft_lru_cache},
                    {"cache", ft_cache},
                    {"wraps", ft_wraps},
                    {"cmp_to_key", ft_cmp_to_key},
                    {"total_ordering", ft_total_ordering}},
                   {{"partial", Value::object(g_partialClass)}});
}

}  // namespace ys
