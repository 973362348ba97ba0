// mod_random.cpp — the random module with CPython 3.11's exact algorithms,
// so a seeded program prints what python3 prints: the Mersenne Twister
// MT19937 of Modules/_randommodule.c (init_genrand, init_by_array over the
// 32-bit words of abs(seed), genrand_uint32, 53-bit random(), getrandbits),
// and the methods of Lib/random.py on top of it (randbelow by rejection with
// getrandbits, randrange, randint, choice, choices, shuffle, sample,
// uniform, gauss).
//
// Determinism: an unseeded program, or seed(None), does not read the OS
// entropy pool. It takes its seed from VM::setRandomSeed (the embedding
// chooses: `yieldscope run` passes one derived from the time, the debugger a
// recorded one), mixed with how many times seed(None) has run, so a replay
// of the same run draws the same numbers.
#include <cmath>
#include <unordered_set>

#include "core/ast.h"
#include "core/builtins_util.h"
#include "core/vm_internal.h"

namespace ys {

struct RandomState {
  static constexpr int N = 624, M = 397;
  uint32_t mt[N];
  int mti = N + 1;
  bool hasGaussNext = false;
  double gaussNext = 0;
  uint64_t unseededDraws = 0;  // seed(None) calls so far (varies each one's seed)

  void initGenrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + uint32_t(mti);
  }
  void initByArray(const std::vector<uint32_t>& key) {
    initGenrand(19650218U);
    size_t i = 1, j = 0;
    const size_t len = key.size();
    for (size_t k = N > len ? N : len; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (size_t k = N - 1; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
    hasGaussNext = false;
  }
  uint32_t next32() {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
      }
      y = (mt[N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
      mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
      mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }
  double random() {
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  // getrandbits(k) for k <= 64.
  uint64_t bits64(int k) {
    if (k <= 32) return k == 0 ? 0 : next32() >> (32 - k);
    uint64_t lo = next32();
    uint64_t hi = next32() >> (64 - k);
    return lo | (hi << 32);
  }
  BigInt bitsBig(uint64_t k) {
    // Words little-endian, the last one keeps its top k % 32 bits.
    std::vector<uint32_t> words;
    for (int64_t left = int64_t(k); left > 0; left -= 32) {
      uint32_t r = next32();
      if (left < 32) r >>= (32 - left);
      words.push_back(r);
    }
    BigInt acc;
    for (size_t i = words.size(); i-- > 0;) acc = acc.shiftLeft(32) | BigInt(int64_t(words[i]));
    return acc;
  }
  // Lib/random.py _randbelow_with_getrandbits, n > 0.
  Value below(const Value& n) {
    if (n.isInt()) {
      const uint64_t u = uint64_t(n.asInt());
      const int k = 64 - __builtin_clzll(u);
      uint64_t r = bits64(k);
      while (r >= u) r = bits64(k);
      return Value::integer(int64_t(r));
    }
    BigInt big = bigOf(n);
    const size_t k = big.bitLength();
    BigInt r = bitsBig(k);
    while (!(r < big)) r = bitsBig(k);
    return newInt(r);
  }
  int64_t below(int64_t n) { return below(Value::integer(n)).asInt(); }
};

namespace {

RandomState& state(VM& vm) {
  VM::Impl& I = vm.impl();
  if (!I.random) {
    I.random = std::make_shared<RandomState>();
    I.random->initByArray({0});  // replaced at once by the module's seed(None)
  }
  return *I.random;
}

uint64_t splitmix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

void seedFrom(VM& vm, RandomState& st, const Value& a) {
  std::vector<uint32_t> key;
  if (a.isNone()) {
    const uint64_t s = splitmix64(vm.impl().randomSeed ^ splitmix64(st.unseededDraws++));
    key = {uint32_t(s), uint32_t(s >> 32)};
  } else if (isIntValue(a)) {
    BigInt n = bigOf(a);
    if (n.isNegative()) n = -n;
    while (!n.isZero()) {
      key.push_back(uint32_t((n & BigInt(int64_t(0xffffffff))).toInt64()));
      n = n.shiftRight(32);
    }
    if (key.empty()) key.push_back(0);
  } else if (a.isFloat()) {
    // _randommodule.c: any other object seeds with (size_t)hash(obj).
    const uint64_t h = hashValue(a);
    key = {uint32_t(h)};
    if (h >> 32) key.push_back(uint32_t(h >> 32));
  } else if (a.is(ObjKind::Str)) {
    throwError(T().NotImplementedError, "Yieldscope's random.seed does not support str seeds yet");
  } else {
    raiseType("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  st.initByArray(key);
}

Value r_seed(VM& vm, Args a, const Value&) {
  allowKwargs(a, "seed", {"a", "version"});
  const Value* kw = kwarg(a, "a");
  seedFrom(vm, state(vm), a.size() ? a[0] : kw ? *kw : Value());
  return {};
}

Value r_random(VM& vm, Args a, const Value&) {
  noKwargs(a, "random");
  clinicCount(a, "random", 0, 0);
  return Value::floating(state(vm).random());
}

Value r_getrandbits(VM& vm, Args a, const Value&) {
  noKwargs(a, "getrandbits");
  if (a.size() != 1) raiseType("Random.getrandbits() takes exactly one argument (" + std::to_string(a.size()) + " given)");
  if (a[0].isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  const int64_t k = indexOf(a[0]);
  if (k < 0) raiseValue("number of bits must be non-negative");
  RandomState& st = state(vm);
  if (k <= 64) return newInt(BigInt::fromUnsigned(st.bits64(int(k))));
  return newInt(st.bitsBig(uint64_t(k)));
}

// randrange's _index(x) with CPython's messages for non-integers.
Value indexArg(VM& vm, const Value& v, const char* which) {
  if (isIntValue(v)) return v.isBool() ? Value::integer(v.asInt()) : v;
  if (v.isFloat()) {
    double d = v.asFloat();
    if (std::isfinite(d) && d == std::floor(d)) return newInt(BigInt::fromDouble(d));
    raiseValue(std::string("non-integer ") + which + " for randrange()");
  }
  // random.py falls back to int(x) (whose error, e.g. for "a", is the one
  // seen) and refuses a value int() changes.
  Value intType;
  vm.impl().builtins->getStr("int", intType);
  vm.call(intType, std::span<const Value>(&v, 1));
  raiseValue(std::string("non-integer ") + which + " for randrange()");
}

Value randrange(VM& vm, const Value& start, const Value* stop, const Value* step) {
  Value istart = indexArg(vm, start, "arg 1");
  auto positive = [&](const Value& x) { return vm.lessThan(Value::integer(0), x); };
  if (!stop || stop->isNone()) {
    if (step) raiseType("Missing a non-None stop argument");
    if (positive(istart)) return state(vm).below(istart);
    raiseValue("empty range for randrange()");
  }
  Value istop = indexArg(vm, *stop, "stop");
  Value width = vm.binaryOp(int(ast::OpKind::Sub), istop, istart);
  Value istep = step ? indexArg(vm, *step, "step") : Value::integer(1);
  if (istep.isInt() && istep.asInt() == 1) {
    if (positive(width)) return vm.add(istart, state(vm).below(width));
    raiseValue("empty range for randrange() (" + vm.str(istart) + ", " + vm.str(istop) + ", " + vm.str(width) + ")");
  }
  Value n;
  if (positive(istep)) {
    n = vm.binaryOp(int(ast::OpKind::FloorDiv),
                    vm.binaryOp(int(ast::OpKind::Sub), vm.add(width, istep), Value::integer(1)), istep);
  } else if (vm.lessThan(istep, Value::integer(0))) {
    n = vm.binaryOp(int(ast::OpKind::FloorDiv), vm.add(vm.add(width, istep), Value::integer(1)), istep);
  } else {
    raiseValue("zero step for randrange()");
  }
  if (!positive(n)) raiseValue("empty range for randrange()");
  return vm.add(istart, vm.binaryOp(int(ast::OpKind::Mult), istep, state(vm).below(n)));
}

Value r_randrange(VM& vm, Args a, const Value&) {
  allowKwargs(a, "randrange", {"start", "stop", "step"});
  const Value* start = a.size() > 0 ? &a[0] : kwarg(a, "start");
  const Value* stop = a.size() > 1 ? &a[1] : kwarg(a, "stop");
  const Value* step = a.size() > 2 ? &a[2] : kwarg(a, "step");
  if (!start) raiseType("Random.randrange() missing 1 required positional argument: 'start'");
  if (a.size() > 3)
    raiseType("Random.randrange() takes from 2 to 4 positional arguments but " + std::to_string(a.size() + 1) +
              " were given");
  return randrange(vm, *start, stop, step);
}

Value r_randint(VM& vm, Args a, const Value&) {
  noKwargs(a, "randint");
  if (a.size() != 2) {
    if (a.size() < 2)
      raiseType(std::string("Random.randint() missing ") + (a.size() == 0 ? "2 required positional arguments: 'a' and 'b'"
                                                                           : "1 required positional argument: 'b'"));
    raiseType("Random.randint() takes 3 positional arguments but " + std::to_string(a.size() + 1) + " were given");
  }
  Value stop = vm.add(a[1], Value::integer(1));
  return randrange(vm, a[0], &stop, nullptr);
}

Value r_choice(VM& vm, Args a, const Value&) {
  noKwargs(a, "choice");
  if (a.size() != 1) raiseType("Random.choice() takes 2 positional arguments but " + std::to_string(a.size() + 1) + " were given");
  const int64_t n = vm.length(a[0]);
  if (n == 0) throwError(T().IndexError, "Cannot choose from an empty sequence");
  return vm.impl().getItem(a[0], Value::integer(state(vm).below(n)));
}

Value r_shuffle(VM& vm, Args a, const Value&) {
  noKwargs(a, "shuffle");
  if (a.size() != 1) raiseType("Random.shuffle() takes 2 positional arguments but " + std::to_string(a.size() + 1) + " were given");
  const Value& x = a[0];
  RandomState& st = state(vm);
  for (int64_t i = vm.length(x) - 1; i >= 1; --i) {
    const int64_t j = st.below(i + 1);
    Value vi = vm.impl().getItem(x, Value::integer(i)), vj = vm.impl().getItem(x, Value::integer(j));
    vm.impl().setItem(x, Value::integer(i), vj);
    vm.impl().setItem(x, Value::integer(j), vi);
  }
  return {};
}

Value r_uniform(VM& vm, Args a, const Value&) {
  noKwargs(a, "uniform");
  if (a.size() != 2) raiseType("Random.uniform() missing required arguments 'a' and 'b'");
  Value diff = vm.binaryOp(int(ast::OpKind::Sub), a[1], a[0]);
  return vm.add(a[0], vm.binaryOp(int(ast::OpKind::Mult), diff, Value::floating(state(vm).random())));
}

Value r_gauss(VM& vm, Args a, const Value&) {
  allowKwargs(a, "gauss", {"mu", "sigma"});
  const Value* mu = a.size() > 0 ? &a[0] : kwarg(a, "mu");
  const Value* sigma = a.size() > 1 ? &a[1] : kwarg(a, "sigma");
  RandomState& st = state(vm);
  double z;
  if (st.hasGaussNext) {
    z = st.gaussNext;
    st.hasGaussNext = false;
  } else {
    const double x2pi = st.random() * (2 * M_PI);
    const double g2rad = std::sqrt(-2.0 * std::log(1.0 - st.random()));
    z = std::cos(x2pi) * g2rad;
    st.gaussNext = std::sin(x2pi) * g2rad;
    st.hasGaussNext = true;
  }
  Value m = mu ? *mu : Value::floating(0.0), s = sigma ? *sigma : Value::floating(1.0);
  return vm.add(m, vm.binaryOp(int(ast::OpKind::Mult), Value::floating(z), s));
}

// bisect.bisect_right(a, x, 0, hi)
int64_t bisectRight(VM& vm, const std::vector<Value>& a, const Value& x, int64_t hi) {
  int64_t lo = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (vm.lessThan(x, a[size_t(mid)])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

Value r_choices(VM& vm, Args a, const Value&) {
  allowKwargs(a, "choices", {"population", "weights", "cum_weights", "k"});
  const Value* pop = a.size() > 0 ? &a[0] : kwarg(a, "population");
  const Value* weights = a.size() > 1 ? &a[1] : kwarg(a, "weights");
  const Value* cum = kwarg(a, "cum_weights");
  const Value* kv = kwarg(a, "k");
  if (!pop) raiseType("Random.choices() missing 1 required positional argument: 'population'");
  if (a.size() > 2)
    raiseType("Random.choices() takes from 2 to 3 positional arguments but " + std::to_string(a.size() + 1) +
              " were given");
  RandomState& st = state(vm);
  const int64_t n = vm.length(*pop);
  const int64_t k = kv ? indexOf(*kv) : 1;
  std::vector<Value> out;
  auto item = [&](int64_t i) { return vm.impl().getItem(*pop, Value::integer(i)); };
  std::vector<Value> cw;
  if (!cum || cum->isNone()) {
    if (!weights || weights->isNone()) {
      const double nf = double(n);
      for (int64_t i = 0; i < k; ++i) out.push_back(item(int64_t(std::floor(st.random() * nf))));
      return newList(std::move(out));
    }
    if (isIntValue(*weights))
      raiseType("The number of choices must be a keyword argument: k=" + vm.str(*weights));
    Value acc;
    bool first = true;
    forEach(vm, *weights, [&](const Value& w) {
      acc = first ? w : vm.add(acc, w);
      first = false;
      cw.push_back(acc);
      return true;
    });
  } else {
    if (weights && !weights->isNone()) raiseType("Cannot specify both weights and cumulative weights");
    cw = collect(vm, *cum);
  }
  if (int64_t(cw.size()) != n) raiseValue("The number of weights does not match the population");
  const double total = realOf(vm.add(cw.back(), Value::floating(0.0)));
  if (total <= 0.0) raiseValue("Total of weights must be greater than zero");
  if (!std::isfinite(total)) raiseValue("Total of weights must be finite");
  for (int64_t i = 0; i < k; ++i)
    out.push_back(item(bisectRight(vm, cw, Value::floating(st.random() * total), n - 1)));
  return newList(std::move(out));
}

bool isSequence(const Value& v) {
  return v.is(ObjKind::List) || v.is(ObjKind::Tuple) || v.is(ObjKind::Str) || v.is(ObjKind::Range);
}

Value r_sample(VM& vm, Args a, const Value&) {
  allowKwargs(a, "sample", {"population", "k", "counts"});
  const Value* pop = a.size() > 0 ? &a[0] : kwarg(a, "population");
  const Value* kv = a.size() > 1 ? &a[1] : kwarg(a, "k");
  const Value* counts = kwarg(a, "counts");
  if (!pop || !kv)
    raiseType(std::string("Random.sample() missing ") + (!pop ? "2 required positional arguments: 'population' and 'k'"
                                                              : "1 required positional argument: 'k'"));
  if (!isSequence(*pop)) raiseType("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const int64_t n = vm.length(*pop);
  RandomState& st = state(vm);
  if (counts && !counts->isNone()) {
    std::vector<Value> cum;
    Value acc;
    bool first = true;
    forEach(vm, *counts, [&](const Value& c) {
      acc = first ? c : vm.add(acc, c);
      first = false;
      cum.push_back(acc);
      return true;
    });
    if (int64_t(cum.size()) != n) raiseValue("The number of counts does not match the population");
    Value total = cum.back();
    cum.pop_back();
    if (!isIntValue(total)) raiseType("Counts must be integers");
    if (!vm.lessThan(Value::integer(0), total)) raiseValue("Total of counts must be greater than zero");
    Value rangeType;
    vm.impl().builtins->getStr("range", rangeType);
    Value range = vm.call(rangeType, std::span<const Value>(&total, 1));
    Value args[2] = {range, *kv};
    Value sel = r_sample(vm, Args{std::span<const Value>(args, 2), {}}, Value());
    std::vector<Value> out;
    for (const Value& s : sel.as<ListObj>()->items)
      out.push_back(vm.impl().getItem(*pop, Value::integer(bisectRight(vm, cum, s, int64_t(cum.size())))));
    return newList(std::move(out));
  }
  if (kv->isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  const int64_t k = indexOf(*kv);
  if (!(0 <= k && k <= n)) raiseValue("Sample larger than population or is negative");
  std::vector<Value> result(static_cast<size_t>(k));
  int64_t setsize = 21;
  if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<Value> pool = collect(vm, *pop);
    for (int64_t i = 0; i < k; ++i) {
      const int64_t j = st.below(n - i);
      result[size_t(i)] = pool[size_t(j)];
      pool[size_t(j)] = pool[size_t(n - i - 1)];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = st.below(n);
      while (selected.count(j)) j = st.below(n);
      selected.insert(j);
      result[size_t(i)] = vm.impl().getItem(*pop, Value::integer(j));
    }
  }
  return newList(std::move(result));
}

}  // namespace

Value makeRandomModule(VM& vm) {
  Value m = newModule("random");
  DictObj& d = moduleDict(m);
  struct Entry { const char* name; NativeFn fn; };
  static const Entry fns[] = {
      {"seed", r_seed}, {"random", r_random}, {"getrandbits", r_getrandbits}, {"randrange", r_randrange},
      {"randint", r_randint}, {"choice", r_choice}, {"choices", r_choices}, {"shuffle", r_shuffle},
      {"sample", r_sample}, {"uniform", r_uniform}, {"gauss", r_gauss},
  };
  for (const Entry& e : fns) addFunction(d, e.name, e.fn);
  // Importing random seeds it as CPython does at import: seed(None).
  seedFrom(vm, state(vm), Value());
  return m;
}

}  // namespace ys
