#include "core/base/bigstack.h"

#include <pthread.h>
#include <stdexcept>

namespace ys {

namespace {
constexpr size_t kStackBytes = size_t(512) << 20;

void* trampoline(void* arg) {
  auto* fn = static_cast<std::function<void()>*>(arg);
  (*fn)();
  return nullptr;
}

pthread_t startThread(std::function<void()>* fn) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  pthread_t thread;
  const int rc = pthread_create(&thread, &attr, trampoline, fn);
  pthread_attr_destroy(&attr);
  if (rc != 0) throw std::runtime_error("cannot start the engine thread");
  return thread;
}
}  // namespace

void runOnBigStack(const std::function<void()>& fn) {
  std::function<void()> copy = fn;
  pthread_t thread = startThread(&copy);
  pthread_join(thread, nullptr);
}

struct BigStackThread::State {
  std::function<void()> fn;
  pthread_t thread{};
  bool joined = false;
};

BigStackThread::BigStackThread(std::function<void()> fn) : m_state(new State{std::move(fn)}) {
  m_state->thread = startThread(&m_state->fn);
}

void BigStackThread::join() {
  if (!m_state->joined) {
    pthread_join(m_state->thread, nullptr);
    m_state->joined = true;
  }
}

BigStackThread::~BigStackThread() {
  join();
  delete m_state;
}

}  // namespace ys
