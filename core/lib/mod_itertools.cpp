// mod_itertools.cpp — the itertools module.
//
// Each tool is a NativeIterObj subclass that pulls from its sources only when
// asked, in the same order and the same number of times as CPython's
// itertoolsmodule.c (islice never reads past what it returns; tee shares one
// buffer between its copies and drops items every copy has passed; groupby's
// groups are views on the parent's single cursor, so advancing the parent
// ends the previous group). That lazy behaviour is what the debugger shows.
#include <algorithm>
#include <deque>
#include <memory>
#include <mutex>

#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"

namespace ys {

namespace {

Value call1(Interpreter& vm, const Value& f, const Value& x) {
  return vm.call(f, std::span<const Value>(&x, 1));
}
Value call2(Interpreter& vm, const Value& f, const Value& x, const Value& y) {
  Value args[2] = {x, y};
  return vm.call(f, std::span<const Value>(args, 2));
}

// ---------------------------------------------------------------- infinite iterators

// Ends an iteration the way CPython's chain, cycle, zip_longest, tee and
// groupby do: PyIter_Next clears their source's StopIteration, so its value
// (kept in stopExc by iterNext) is not passed on.
bool stopClean(Interpreter& vm) {
  vm.takeStopIteration();
  return false;
}

struct CountIter : NativeIterObj {
  CountIter(Value s, Value st) : NativeIterObj("itertools.count"), current(std::move(s)), step(std::move(st)) {}
  Value current, step;
  bool next(Interpreter& vm, Value& out) override {
    out = current;
    int64_t r;
    if (current.isInt() && step.isInt() && !__builtin_add_overflow(current.asInt(), step.asInt(), &r))
      current = Value::integer(r);
    else
      current = vm.add(current, step);
    return true;
  }
  // count(5), count(5, 2): CPython leaves out a step that is the int 1.
  std::optional<std::string> customRepr(const std::function<std::string(const Value&)>& itemRepr) const override {
    const bool stepIsIntOne = (step.isInt() || step.isBool()) && step.asInt() == 1;
    if (stepIsIntOne) return "count(" + itemRepr(current) + ")";
    return "count(" + itemRepr(current) + ", " + itemRepr(step) + ")";
  }
  void traverse(Visitor& v) const override { visitValues(v, current, step); }
};

Value it_count(Interpreter&, Args a, const Value&) {
  clinicParams(a, "count", {"start", "step"});
  Value start = a.size() >= 1 ? a[0] : (kwarg(a, "start") ? *kwarg(a, "start") : Value::integer(0));
  Value step = a.size() >= 2 ? a[1] : (kwarg(a, "step") ? *kwarg(a, "step") : Value::integer(1));
  // Any number will do, complex too (CPython's PyNumber_Check).
  double re, im;
  auto isNumber = [&](const Value& v) { return isNumberValue(v) || complexParts(v, re, im); };
  if (!isNumber(start) || !isNumber(step)) raiseType("a number is required");
  // CPython's fast mode (an int step of 1) counts in a C integer, so a bool
  // start comes back as an int; otherwise the start is returned as given:
  // next(count(True, 2)) is True.
  const bool stepIsIntOne = (step.isInt() || step.isBool()) && step.asInt() == 1;
  if (start.isBool() && stepIsIntOne) start = Value::integer(start.asInt());
  return newNative<CountIter>(start, step);
}

struct CycleIter : NativeIterObj {
  explicit CycleIter(Value it) : NativeIterObj("itertools.cycle"), source(std::move(it)) {}
  Value source;
  std::vector<Value> saved;
  size_t index = 0;
  bool firstPass = true;
  bool next(Interpreter& vm, Value& out) override {
    if (firstPass) {
      if (vm.iterNext(source, out)) {
        saved.push_back(out);
        return true;
      }
      firstPass = false;
      source = Value();
    }
    if (saved.empty()) return stopClean(vm);
    out = saved[index];
    index = (index + 1) % saved.size();
    return true;
  }
  void traverse(Visitor& v) const override {
    v.visit(source);
    for (auto& s : saved) v.visit(s);
  }
};

Value it_cycle(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "cycle");
  unpackCount(a, "cycle", 1, 1);
  return newNative<CycleIter>(vm.getIter(a[0]));
}

struct RepeatIter : NativeIterObj {
  RepeatIter(Value o, int64_t n) : NativeIterObj("itertools.repeat"), obj(std::move(o)), left(n) {}
  Value obj;
  int64_t left;  // -1 = forever
  bool next(Interpreter&, Value& out) override {
    if (left == 0) return false;
    if (left > 0) --left;
    out = obj;
    return true;
  }
  Value lengthHint() const override { return left < 0 ? Value() : Value::integer(left); }
  // repeat('a') forever, repeat('a', 2) with the times still left.
  std::optional<std::string> customRepr(const std::function<std::string(const Value&)>& itemRepr) const override {
    if (left < 0) return "repeat(" + itemRepr(obj) + ")";
    return "repeat(" + itemRepr(obj) + ", " + std::to_string(left) + ")";
  }
  void traverse(Visitor& v) const override { v.visit(obj); }
};

Value it_repeat(Interpreter&, Args a, const Value&) {
  clinicParams(a, "repeat", {"object", "times"}, {.required = 1});
  const Value* obj = argOrKwarg(a, 0, "object");
  const Value* times = argOrKwarg(a, 1, "times");
  int64_t n = -1;
  if (times) {
    n = indexOf(*times);
    if (n < 0) n = 0;
  }
  return newNative<RepeatIter>(*obj, n);
}

// ---------------------------------------------------------------- terminating on the shortest input

struct AccumulateIter : NativeIterObj {
  AccumulateIter(Value it, Value f, Value init)
      : NativeIterObj("itertools.accumulate"), source(std::move(it)), func(std::move(f)), initial(std::move(init)) {}
  Value source, func, total, initial;
  bool started = false;
  bool next(Interpreter& vm, Value& out) override {
    if (!initial.isNone()) {
      total = std::move(initial);
      initial = Value();
      started = true;
      out = total;
      return true;
    }
    Value item;
    if (!vm.iterNext(source, item)) return false;
    if (!started) {
      total = item;
      started = true;
    } else if (func.isNone()) {
      total = vm.add(total, item);
    } else {
      total = call2(vm, func, total, item);
    }
    out = total;
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, source, func, total, initial); }
};

Value it_accumulate(Interpreter& vm, Args a, const Value&) {
  // accumulate(iterable, func=None, *, initial=None)
  clinicParams(a, "accumulate", {"iterable", "func", "initial"}, {.required = 1, .maxPositional = 2});
  const Value* it = argOrKwarg(a, 0, "iterable");
  const Value* f = argOrKwarg(a, 1, "func");
  const Value* init = kwarg(a, "initial");
  return newNative<AccumulateIter>(vm.getIter(*it), f ? *f : Value(), init ? *init : Value());
}

struct ChainIter : NativeIterObj {
  ChainIter(Value sources, bool lazy)
      : NativeIterObj("itertools.chain"), outer(std::move(sources)), fromIterable(lazy) {}
  Value outer;   // an iterator over the iterables
  Value active;  // the current iterable's iterator
  bool fromIterable;
  bool next(Interpreter& vm, Value& out) override {
    while (true) {
      if (active.isNone()) {
        if (outer.isNone()) return false;
        Value nextIterable;
        if (!vm.iterNext(outer, nextIterable)) {
          outer = Value();
          return false;
        }
        active = vm.getIter(nextIterable);
      }
      if (vm.iterNext(active, out)) return true;
      active = Value();
    }
  }
  void traverse(Visitor& v) const override { visitValues(v, outer, active); }
};

ClassObj* g_chainClass = nullptr;

Value chainConstruct(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "chain");
  Value sources = newTuple(std::vector<Value>(a.pos.begin(), a.pos.end()));
  return newNative<ChainIter>(vm.getIter(sources), false);
}

Value chainFromIterable(Interpreter& vm, Args a, const Value&) {
  // A classmethod: args[0] is the class.
  noKwargs(a, "chain.from_iterable");
  if (a.size() != 2)
    raiseType("chain.from_iterable() takes exactly one argument (" + std::to_string(a.size() ? a.size() - 1 : 0) +
              " given)");
  return newNative<ChainIter>(vm.getIter(a[1]), true);
}

struct CompressIter : NativeIterObj {
  CompressIter(Value d, Value s) : NativeIterObj("itertools.compress"), data(std::move(d)), selectors(std::move(s)) {}
  Value data, selectors;
  bool next(Interpreter& vm, Value& out) override {
    while (true) {
      Value item, sel;
      if (!vm.iterNext(data, item)) return false;
      if (!vm.iterNext(selectors, sel)) return false;
      if (vm.truthy(sel)) {
        out = std::move(item);
        return true;
      }
    }
  }
  void traverse(Visitor& v) const override { visitValues(v, data, selectors); }
};

Value it_compress(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "compress", {"data", "selectors"}, {.required = 2});
  const Value* d = argOrKwarg(a, 0, "data");
  const Value* s = argOrKwarg(a, 1, "selectors");
  return newNative<CompressIter>(vm.getIter(*d), vm.getIter(*s));
}

struct WhileIter : NativeIterObj {
  WhileIter(Value p, Value it, bool take)
      : NativeIterObj(take ? "itertools.takewhile" : "itertools.dropwhile"),
        pred(std::move(p)),
        source(std::move(it)),
        isTake(take) {}
  Value pred, source;
  bool isTake;
  bool stopped = false;  // takewhile: predicate failed once
  bool dropping = true;  // dropwhile: still dropping
  bool next(Interpreter& vm, Value& out) override {
    if (isTake) {
      if (stopped) return false;
      Value item;
      if (!vm.iterNext(source, item)) return false;
      if (vm.truthy(call1(vm, pred, item))) {
        out = std::move(item);
        return true;
      }
      stopped = true;
      return false;
    }
    Value item;
    while (vm.iterNext(source, item)) {
      if (!dropping || !vm.truthy(call1(vm, pred, item))) {
        dropping = false;
        out = std::move(item);
        return true;
      }
    }
    return false;
  }
  void traverse(Visitor& v) const override { visitValues(v, pred, source); }
};

Value it_takewhile(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "takewhile");
  unpackCount(a, "takewhile", 2, 2);
  return newNative<WhileIter>(a[0], vm.getIter(a[1]), true);
}
Value it_dropwhile(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "dropwhile");
  unpackCount(a, "dropwhile", 2, 2);
  return newNative<WhileIter>(a[0], vm.getIter(a[1]), false);
}

Value it_filterfalse(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "filterfalse");
  unpackCount(a, "filterfalse", 2, 2);
  return newFilterIterator(a[0], vm.getIter(a[1]), true, "itertools.filterfalse");
}

struct IsliceIter : NativeIterObj {
  IsliceIter(Value it, int64_t first, int64_t last, int64_t stride)
      : NativeIterObj("itertools.islice"), source(std::move(it)), nextIndex(first), stop(last), step(stride) {}
  Value source;
  int64_t count = 0, nextIndex, stop, step;  // stop == -1: no limit
  bool next(Interpreter& vm, Value& out) override {
    if (source.isNone()) return false;
    Value item;
    while (count < nextIndex) {
      if (!vm.iterNext(source, item)) return finish();
      ++count;
    }
    if (stop != -1 && count >= stop) return finish();
    if (!vm.iterNext(source, item)) return finish();
    ++count;
    if (__builtin_add_overflow(nextIndex, step, &nextIndex) || (stop != -1 && nextIndex > stop)) nextIndex = stop;
    out = std::move(item);
    return true;
  }
  bool finish() {
    source = Value();
    return false;
  }
  void traverse(Visitor& v) const override { v.visit(source); }
};

// One argument as islice_new converts it: None is `none`; an int (or an
// object with __index__) is its value; anything else, or an int too big for
// Py_ssize_t, is -1, as PyNumber_AsSsize_t's error is cleared.
int64_t isliceArg(const Value& value, int64_t none) {
  if (value.isNone()) return none;
  if (!hasIndex(value)) return -1;
  try {
    const Value v = asIndex(value);
    return v.isInt() || v.isBool() ? v.asInt() : -1;
  } catch (PyErr&) {
    return -1;
  }
}

Value it_islice(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "islice");
  unpackCount(a, "islice", 2, 4);
  // islice_new's checks in its order: a stop that is not None but converts
  // to -1 (not an int, too big, or -1 itself) first, then a negative start
  // or stop below -1 ("Indices"), then a step below 1; only then the iterable.
  const char* stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const Value& stopArg = a.size() == 2 ? a[1] : a[2];
  const int64_t start = a.size() == 2 ? 0 : isliceArg(a[1], 0);
  const int64_t stop = isliceArg(stopArg, -1);
  if (!stopArg.isNone() && stop == -1) raiseValue(stopMsg);
  if (start < 0 || stop < -1) raiseValue("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  const int64_t step = a.size() == 4 ? isliceArg(a[3], 1) : 1;
  if (step < 1) raiseValue("Step for islice() must be a positive integer or None.");
  Value it = vm.getIter(a[0]);
  return newNative<IsliceIter>(it, start, stop, step);
}

struct StarmapIter : NativeIterObj {
  StarmapIter(Value f, Value it) : NativeIterObj("itertools.starmap"), func(std::move(f)), source(std::move(it)) {}
  Value func, source;
  bool next(Interpreter& vm, Value& out) override {
    Value item;
    if (!vm.iterNext(source, item)) return false;
    std::vector<Value> args;
    try {
      args = collect(vm, item);
    } catch (const PyErr& e) {
      if (errIs(e, T().TypeError)) raiseType("'" + ys::typeName(item) + "' object is not iterable");
      throw;
    }
    out = vm.call(func, args);
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, func, source); }
};

Value it_starmap(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "starmap");
  unpackCount(a, "starmap", 2, 2);
  return newNative<StarmapIter>(a[0], vm.getIter(a[1]));
}

struct ZipLongestIter : NativeIterObj {
  ZipLongestIter(std::vector<Value> its, Value fill)
      : NativeIterObj("itertools.zip_longest"), sources(std::move(its)), fillvalue(std::move(fill)) {
    active = sources.size();
  }
  std::vector<Value> sources;  // None once exhausted
  Value fillvalue;
  size_t active;
  bool next(Interpreter& vm, Value& out) override {
    if (sources.empty() || active == 0) return false;
    std::vector<Value> items;
    for (auto& s : sources) {
      Value item;
      if (s.isNone()) {
        items.push_back(fillvalue);
      } else if (vm.iterNext(s, item)) {
        items.push_back(std::move(item));
      } else {
        s = Value();
        if (--active == 0) return stopClean(vm);
        items.push_back(fillvalue);
      }
    }
    out = newTuple(std::move(items));
    return true;
  }
  void traverse(Visitor& v) const override {
    for (auto& s : sources) v.visit(s);
    v.visit(fillvalue);
  }
};

Value it_zip_longest(Interpreter& vm, Args a, const Value&) {
  // zip_longest_new accepts exactly one keyword, fillvalue, and names no
  // culprit otherwise.
  if (!a.kw.empty() && (a.kw.size() != 1 || !kwarg(a, "fillvalue")))
    raiseType("zip_longest() got an unexpected keyword argument");
  std::vector<Value> its;
  for (const Value& v : a.pos) its.push_back(vm.getIter(v));
  const Value* fill = kwarg(a, "fillvalue");
  return newNative<ZipLongestIter>(std::move(its), fill ? *fill : Value());
}

struct PairwiseIter : NativeIterObj {
  explicit PairwiseIter(Value it) : NativeIterObj("itertools.pairwise"), source(std::move(it)) {}
  Value source, old;
  bool started = false;
  bool next(Interpreter& vm, Value& out) override {
    if (source.isNone()) return false;
    if (!started) {
      started = true;
      if (!vm.iterNext(source, old)) {
        source = Value();
        return false;
      }
    }
    Value item;
    if (!vm.iterNext(source, item)) {
      source = Value();
      old = Value();
      return false;
    }
    out = newTuple({old, item});
    old = std::move(item);
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, source, old); }
};

Value it_pairwise(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "pairwise");
  unpackCount(a, "pairwise", 1, 1);
  return newNative<PairwiseIter>(vm.getIter(a[0]));
}

// ---------------------------------------------------------------- tee

struct TeeIter;
struct TeeShared {
  Value source;
  std::deque<Value> buffer;  // items from index `base` on
  int64_t base = 0;
  std::vector<TeeIter*> members;
  void trim();
};

struct TeeIter : NativeIterObj {
  explicit TeeIter(std::shared_ptr<TeeShared> s, int64_t p)
      : NativeIterObj("itertools._tee"), shared(std::move(s)), pos(p) {
    shared->members.push_back(this);
  }
  ~TeeIter() override {
    auto& m = shared->members;
    m.erase(std::remove(m.begin(), m.end(), this), m.end());
    shared->trim();
  }
  std::shared_ptr<TeeShared> shared;
  int64_t pos;
  bool next(Interpreter& vm, Value& out) override {
    TeeShared& s = *shared;
    if (pos - s.base < int64_t(s.buffer.size())) {
      out = s.buffer[size_t(pos - s.base)];
    } else {
      if (s.source.isNone() || !vm.iterNext(s.source, out)) return stopClean(vm);
      s.buffer.push_back(out);
    }
    ++pos;
    s.trim();
    return true;
  }
  void traverse(Visitor& v) const override {
    v.visit(shared->source);
    for (int64_t i = pos - shared->base; i >= 0 && i < int64_t(shared->buffer.size()); ++i)
      v.visit(shared->buffer[size_t(i)]);
  }
};

void TeeShared::trim() {
  if (members.empty()) {
    buffer.clear();
    return;
  }
  int64_t lowest = members[0]->pos;
  for (TeeIter* t : members) lowest = std::min(lowest, t->pos);
  while (base < lowest && !buffer.empty()) {
    buffer.pop_front();
    ++base;
  }
}

Value it_tee(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "itertools.tee");  // its clinic name
  unpackCount(a, "tee", 1, 2);
  int64_t n = a.size() == 2 ? indexOf(a[1]) : 2;
  if (n < 0) raiseValue("n must be >= 0");
  std::vector<Value> out;
  if (n == 0) return emptyTuple();
  Value it = vm.getIter(a[0]);
  // As CPython: a tee of a tee shares the existing buffer.
  if (it.is(ObjKind::NativeIter)) {
    if (auto* t = dynamic_cast<TeeIter*>(it.as<NativeIterObj>())) {
      out.push_back(it);
      for (int64_t i = 1; i < n; ++i) out.push_back(newNative<TeeIter>(t->shared, t->pos));
      return newTuple(std::move(out));
    }
  }
  auto shared = std::make_shared<TeeShared>();
  shared->source = it;
  for (int64_t i = 0; i < n; ++i) out.push_back(newNative<TeeIter>(shared, 0));
  return newTuple(std::move(out));
}

// a.__copy__(): another _tee at the same place in the shared buffer.
Value tee_copy(Interpreter&, Args a, const Value&) {
  TeeIter* t = a.size() && a[0].is(ObjKind::NativeIter) ? dynamic_cast<TeeIter*>(a[0].as<NativeIterObj>()) : nullptr;
  if (!t) raiseType("descriptor '__copy__' requires a 'itertools._tee' object");
  if (!a.kw.empty()) raiseType("_tee.__copy__() takes no keyword arguments");
  if (a.size() != 1) raiseType("_tee.__copy__() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  return newNative<TeeIter>(t->shared, t->pos);
}

// ---------------------------------------------------------------- groupby

struct GroupState {
  Value source, keyfunc, tgtKey, currKey, currValue;
  bool haveTgt = false, haveCurrKey = false, haveCurrValue = false;
  uint64_t currGrouper = 0;  // id of the grouper allowed to advance
  uint64_t nextId = 1;
  bool step(Interpreter& vm) {
    Value v;
    if (!vm.iterNext(source, v)) return false;
    Value k = keyfunc.isNone() ? v : call1(vm, keyfunc, v);
    currValue = std::move(v);
    currKey = std::move(k);
    haveCurrValue = haveCurrKey = true;
    return true;
  }
};

struct GrouperIter : NativeIterObj {
  GrouperIter(std::shared_ptr<GroupState> s, Value parent, Value key, uint64_t id)
      : NativeIterObj("itertools._grouper"),
        state(std::move(s)),
        parent(std::move(parent)),
        tgtKey(std::move(key)),
        myId(id) {}
  std::shared_ptr<GroupState> state;
  Value parent, tgtKey;
  uint64_t myId;
  bool next(Interpreter& vm, Value& out) override {
    GroupState& g = *state;
    if (g.currGrouper != myId) return false;
    if (!g.haveCurrValue && !g.step(vm)) return false;
    if (!vm.equals(tgtKey, g.currKey)) return false;
    out = std::move(g.currValue);
    g.currValue = Value();
    g.currKey = Value();
    g.haveCurrValue = g.haveCurrKey = false;
    return true;
  }
  void traverse(Visitor& v) const override { visitValues(v, parent, tgtKey); }
};

struct GroupByIter : NativeIterObj {
  explicit GroupByIter(std::shared_ptr<GroupState> s) : NativeIterObj("itertools.groupby"), state(std::move(s)) {}
  std::shared_ptr<GroupState> state;
  bool next(Interpreter& vm, Value& out) override {
    GroupState& g = *state;
    g.currGrouper = 0;
    while (true) {
      if (!g.haveCurrKey) {
      } else if (!g.haveTgt) {
        break;
      } else if (!vm.equals(g.tgtKey, g.currKey)) {
        break;
      }
      if (!g.step(vm)) return stopClean(vm);
    }
    g.tgtKey = g.currKey;
    g.haveTgt = true;
    uint64_t id = g.nextId++;
    g.currGrouper = id;
    Value self = Value::object(this);
    out = newTuple({g.currKey, newNative<GrouperIter>(state, self, g.tgtKey, id)});
    return true;
  }
  void traverse(Visitor& v) const override {
    visitValues(v, state->source, state->keyfunc, state->tgtKey, state->currKey, state->currValue);
  }
};

Value it_groupby(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "groupby", {"iterable", "key"}, {.required = 1});
  const Value* it = argOrKwarg(a, 0, "iterable");
  const Value* key = argOrKwarg(a, 1, "key");
  auto st = std::make_shared<GroupState>();
  st->source = vm.getIter(*it);
  st->keyfunc = key ? *key : Value();
  return newNative<GroupByIter>(st);
}

// ---------------------------------------------------------------- combinatorics

// The pools are read in full up front, as CPython does.
struct ProductIter : NativeIterObj {
  explicit ProductIter(std::vector<std::vector<Value>> p) : NativeIterObj("itertools.product"), pools(std::move(p)) {
    indices.assign(pools.size(), 0);
    for (auto& pool : pools)
      if (pool.empty()) done = true;
  }
  std::vector<std::vector<Value>> pools;
  std::vector<size_t> indices;
  bool first = true, done = false;
  // CPython's product_sizeof: the object plus one index per pool.
  uint32_t cpySize() const override { return uint32_t(64 + 8 * pools.size()); }
  bool next(Interpreter&, Value& out) override {
    if (done) return false;
    if (!first) {
      size_t i = pools.size();
      while (true) {
        if (i == 0) {
          done = true;
          return false;
        }
        --i;
        if (++indices[i] < pools[i].size()) break;
        indices[i] = 0;
      }
    }
    first = false;
    std::vector<Value> items;
    for (size_t i = 0; i < pools.size(); ++i) items.push_back(pools[i][indices[i]]);
    out = newTuple(std::move(items));
    return true;
  }
  void traverse(Visitor& v) const override {
    for (auto& p : pools)
      for (auto& x : p) v.visit(x);
  }
};

Value it_product(Interpreter& vm, Args a, const Value&) {
  // product_new parses its keywords alone with "|n:product".
  if (a.kw.size() > 1)
    raiseType("product() takes at most 1 keyword argument (" + std::to_string(a.kw.size()) + " given)");
  allowKwargs(a, "product", {"repeat"});
  int64_t repeat = 1;
  if (const Value* r = kwarg(a, "repeat")) {
    repeat = indexOf(*r);
    if (repeat < 0) raiseValue("repeat argument cannot be negative");
  }
  std::vector<std::vector<Value>> base;
  for (const Value& v : a.pos) base.push_back(collect(vm, v));
  std::vector<std::vector<Value>> pools;
  for (int64_t k = 0; k < repeat; ++k)
    for (auto& p : base) pools.push_back(p);
  return newNative<ProductIter>(std::move(pools));
}

struct CombIter : NativeIterObj {
  enum Kind { Combinations, WithReplacement, Permutations };
  CombIter(std::vector<Value> p, size_t r, Kind k)
      : NativeIterObj(k == Combinations      ? "itertools.combinations"
                      : k == WithReplacement ? "itertools.combinations_with_replacement"
                                             : "itertools.permutations"),
        pool(std::move(p)),
        r(r),
        kind(k) {
    size_t n = pool.size();
    if (kind == Permutations) {
      done = r > n;
      for (size_t i = 0; i < n; ++i) indices.push_back(i);
      for (size_t i = 0; i < r; ++i) cycles.push_back(n - i);
    } else if (kind == Combinations) {
      done = r > n;
      for (size_t i = 0; i < r; ++i) indices.push_back(i);
    } else {
      done = n == 0 && r > 0;
      indices.assign(r, 0);
    }
  }
  std::vector<Value> pool;
  size_t r;
  Kind kind;
  std::vector<size_t> indices, cycles;
  bool first = true, done = false;
  // CPython's *_sizeof: the object plus its index (and cycle) arrays.
  uint32_t cpySize() const override {
    if (kind == Permutations) return uint32_t(80 + 8 * (pool.size() + r));
    return uint32_t(72 + 8 * r);
  }

  bool advance() {
    size_t n = pool.size();
    if (kind == Combinations) {
      size_t i = r;
      while (i > 0 && indices[i - 1] == i - 1 + n - r) --i;
      if (i == 0) return false;
      --i;
      ++indices[i];
      for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
      return true;
    }
    if (kind == WithReplacement) {
      size_t i = r;
      while (i > 0 && indices[i - 1] == n - 1) --i;
      if (i == 0) return false;
      --i;
      size_t v = indices[i] + 1;
      for (size_t j = i; j < r; ++j) indices[j] = v;
      return true;
    }
    if (n == 0) return false;
    for (size_t i = r; i-- > 0;) {
      if (--cycles[i] == 0) {
        size_t first = indices[i];
        indices.erase(indices.begin() + int64_t(i));
        indices.push_back(first);
        cycles[i] = n - i;
      } else {
        std::swap(indices[i], indices[n - cycles[i]]);
        return true;
      }
    }
    return false;
  }

  bool next(Interpreter&, Value& out) override {
    if (done) return false;
    if (!first && !advance()) {
      done = true;
      return false;
    }
    first = false;
    std::vector<Value> items;
    for (size_t i = 0; i < r; ++i) items.push_back(pool[indices[i]]);
    out = newTuple(std::move(items));
    return true;
  }
  void traverse(Visitor& v) const override {
    for (auto& x : pool) v.visit(x);
  }
};

size_t rArg(Args a, const char* fname, bool optional, size_t dflt) {
  const Value* r = argOrKwarg(a, 1, "r");
  if (!r || (optional && r->isNone())) {
    if (!optional) raiseType(std::string(fname) + "() missing required argument 'r' (pos 2)");
    return dflt;
  }
  // permutations() checks r itself (PyLong_Check, no __index__), where
  // combinations() lets Argument Clinic convert it.
  if (optional && !isIntValue(*r)) raiseType("Expected int as r");
  int64_t n = indexOf(*r);
  if (n < 0) raiseValue("r must be non-negative");
  return size_t(n);
}

Value combCommon(Interpreter& vm, Args a, const char* name, CombIter::Kind kind, bool rOptional) {
  clinicParams(a, name, {"iterable", "r"}, {.required = rOptional ? size_t(1) : size_t(2)});
  const Value* it = argOrKwarg(a, 0, "iterable");
  std::vector<Value> pool = collect(vm, *it);
  size_t r = rArg(a, name, rOptional, pool.size());
  return newNative<CombIter>(std::move(pool), r, kind);
}

Value it_combinations(Interpreter& vm, Args a, const Value&) {
  return combCommon(vm, a, "combinations", CombIter::Combinations, false);
}
Value it_cwr(Interpreter& vm, Args a, const Value&) {
  return combCommon(vm, a, "combinations_with_replacement", CombIter::WithReplacement, false);
}
Value it_permutations(Interpreter& vm, Args a, const Value&) {
  return combCommon(vm, a, "permutations", CombIter::Permutations, true);
}

}  // namespace

Value makeItertoolsModule(Interpreter&) {
  // Every iterator maker but tee() is a type, as in CPython: print(cycle)
  // is <class 'itertools.cycle'>, and isinstance(x, chain) and
  // type(x) is chain hold for what it makes (calling the type makes one).
  static const NativeEntry types[] = {
      {"count", it_count},
      {"cycle", it_cycle},
      {"repeat", it_repeat},
      {"accumulate", it_accumulate},
      {"compress", it_compress},
      {"takewhile", it_takewhile},
      {"dropwhile", it_dropwhile},
      {"filterfalse", it_filterfalse},
      {"islice", it_islice},
      {"starmap", it_starmap},
      {"zip_longest", it_zip_longest},
      {"pairwise", it_pairwise},
      {"groupby", it_groupby},
      {"product", it_product},
      {"combinations", it_combinations},
      {"combinations_with_replacement", it_cwr},
      {"permutations", it_permutations},
  };
  static std::vector<ClassObj*> classes;
  static std::once_flag once;
  std::call_once(once, [] {
    HeapAccount* saved = currentHeapAccount();
    currentHeapAccount() = nullptr;  // the types are shared by every program: nobody's heap
    g_chainClass = nativeIterType("itertools.chain");
    g_chainClass->construct = chainConstruct;
    addClassMethod(g_chainClass, "from_iterable", chainFromIterable);
    addMethod(nativeIterType("itertools._tee"), "__copy__", tee_copy);
    for (const NativeEntry& e : types) {
      ClassObj* c = nativeIterType(("itertools." + std::string(e.name)).c_str());
      c->construct = e.fn;
      classes.push_back(c);
    }
    currentHeapAccount() = saved;
  });
  static const NativeEntry fns[] = {
      {"tee", it_tee},
  };
  Value module = newModule("itertools", fns, {{"chain", Value::object(g_chainClass)}});
  for (ClassObj* c : classes) moduleDict(module).setStr(c->name, Value::object(c));
  return module;
}

}  // namespace ys
