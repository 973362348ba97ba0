// A Session used as the window uses it (issue 13, docs/SESSION.md "Shared
// between threads"): load() and the moves on one engine thread; from another
// thread, cancel() and stepsRecorded() at any time, and the run's record once
// load() has returned. Hand-offs go through std::mutex/condition_variable,
// which ThreadSanitizer sees (scripts/tsan.sh runs these), as the window's
// go through Qt's queued calls.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

#include "core/debug/session.h"

namespace ys {
namespace {

const char* kPipeline =
    "def numbers(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "\n"
    "\n"
    "def squares(xs):\n"
    "    for x in xs:\n"
    "        yield x * x\n"
    "\n"
    "\n"
    "for s in squares(numbers(300)):\n"
    "    print(s)\n";

const char* kEndless =
    "def count():\n"
    "    i = 0\n"
    "    while True:\n"
    "        yield i\n"
    "        i += 1\n"
    "\n"
    "\n"
    "for x in count():\n"
    "    pass\n";

// The engine thread: runs posted jobs in order, like SessionEngine's QThread.
class EngineThread {
 public:
  EngineThread() : m_thread([this] { loop(); }) {}
  ~EngineThread() {
    post({});
    m_thread.join();
  }
  void post(std::function<void()> job) {
    std::lock_guard lock(m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.notify_one();
  }
  // Posts a job and waits for it (the answer's queued signal, in the window).
  void run(std::function<void()> job) {
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    post([&] {
      job();
      std::lock_guard lock(m);
      done = true;
      cv.notify_one();
    });
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return done; });
  }

 private:
  void loop() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_jobs.empty(); });
        job = std::move(m_jobs.front());
        m_jobs.erase(m_jobs.begin());
      }
      if (!job) return;
      job();
    }
  }
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::vector<std::function<void()>> m_jobs;
  std::thread m_thread;
};

TEST(SessionThreads, ProgressAndCancelFromTheUiThreadDuringALoad) {
  auto session = std::make_shared<Session>();
  EngineThread engine;
  std::atomic<bool> loaded{false};
  engine.post([&] {
    session->load(kEndless, "endless.py");
    loaded = true;
  });
  while (session->stepsRecorded() < 2000) std::this_thread::yield();
  session->cancel();  // Stop
  while (!loaded) std::this_thread::yield();
  engine.run([] {});  // the load's answer
  EXPECT_EQ(session->runResult().status, RunStatus::Stopped);
  EXPECT_GE(session->stepCount(), 2000u);
  engine.run([&] { session.reset(); });  // freed on its engine thread
}

TEST(SessionThreads, TheRecordIsReadWhileTheEngineThreadMoves) {
  auto session = std::make_shared<Session>();
  EngineThread engine;
  engine.run([&] { ASSERT_TRUE(session->load(kPipeline, "pipeline.py")); });
  const uint64_t steps = session->stepCount();
  ASSERT_GT(steps, 100u);
  std::atomic<bool> moving{true};
  engine.post([&] {
    for (uint64_t i = 0; i < 60; ++i) {
      session->goTo((i * 7919) % steps);
      session->next();
      session->back();
      session->stepOver();
    }
    moving = false;
  });
  // Meanwhile the UI thread draws: history, output, yields, memory, and it
  // may press Stop at any moment.
  size_t reads = 0;
  while (moving) {
    const auto& history = session->history();
    EXPECT_EQ(history.size(), steps);
    EXPECT_FALSE(session->output().empty());
    EXPECT_FALSE(session->yields().empty());
    EXPECT_FALSE(session->lazyMemory().points.empty());
    EXPECT_EQ(session->runResult().status, RunStatus::Finished);
    EXPECT_FALSE(session->syntaxError().has_value());
    EXPECT_TRUE(session->endMessage().empty());
    if (++reads % 16 == 0) session->cancel();
  }
  engine.run([&] { session.reset(); });
}

TEST(SessionThreads, AnAbandonedSessionFinishesBesideTheNextOne) {
  // Switching programs: the old engine thread is still loading (then
  // cancelled) while the new one loads; both parse and build twins at once.
  auto old = std::make_shared<Session>();
  auto next = std::make_shared<Session>();
  {
    EngineThread oldEngine, newEngine;
    oldEngine.post([&] { old->load(kEndless, "endless.py"); });
    newEngine.post([&] { next->load(kPipeline, "pipeline.py"); });
    while (old->stepsRecorded() == 0) std::this_thread::yield();
    old->cancel();
    oldEngine.post([&] { old.reset(); });
    newEngine.run([&] {
      EXPECT_GT(next->stepCount(), 100u);
      EXPECT_EQ(next->goTo(10).step, 10u);
    });
    newEngine.run([&] { next.reset(); });
  }
  EXPECT_EQ(old, nullptr);
}

}  // namespace
}  // namespace ys
