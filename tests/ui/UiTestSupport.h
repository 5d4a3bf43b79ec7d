// Helpers for UI tests: finding widgets by object name, waiting for the worker thread, diaries made in a temporary
// folder with fast key derivation, and a gate that holds a vault operation until the test has looked at the screen.
#pragma once

#include "Catch.h"
#include "access/DiaryAccess.h"
#include "window/MainWindow.h"

#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

namespace daymark::test {

// Finds a descendant by object name and fails the test when there is none.
template <typename T> T* child(const QObject& root, const char* objectName)
{
    T* found = root.findChild<T*>(QString::fromLatin1(objectName));
    INFO("looking for " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

// Processes events until `done` holds or ten seconds pass; true when it holds.
bool waitUntil(const std::function<bool()>& done);

// The visible descendant of type T (a dialog just opened; closed ones may linger until deleted later), waiting up to
// ten seconds for one; null when none shows.
template <typename T> T* visibleChild(const QObject& root)
{
    T* found = nullptr;
    waitUntil([&] {
        const auto all = root.findChildren<T*>();
        for (T* candidate : all)
            if (candidate->isVisible())
                found = candidate;
        return found != nullptr;
    });
    return found;
}

// Fast, insecure key derivation: tests only.
ui::DiaryAccess fastAccess();

// Creates a diary at `path` with `password` (fast key derivation) and closes it.
void makeDiary(const QString& path, const char* password);

// A password zxcvbn judges strong, for tests that are not about strength.
inline constexpr const char* kGoodPassword = "walnut river lantern orbit";

// A shown, active main window with fast key derivation, and a temporary folder for its diaries.
struct WindowFixture
{
    explicit WindowFixture(ui::DiaryAccess access = fastAccess());
    QString path(const char* fileName) const;
    QWidget* page(const char* objectName) const { return child<QWidget>(window, objectName); }
    bool showing(const char* objectName) const { return window.currentPage() == page(objectName); }

    QTemporaryDir dir;
    ui::MainWindow window;
};

// Unlocks the diary at `path` through the lock screen, as a person would, and waits for the diary page.
void unlockThroughTheLockScreen(WindowFixture& f, const QString& path);

// Wraps a vault function so that it waits for open() before running: the test sees the screen mid-operation.
class Gate
{
public:
    Gate() = default;
    Gate(const Gate&) = delete;
    Gate& operator=(const Gate&) = delete;

    ui::DiaryAccess::Function hold(ui::DiaryAccess::Function inner);
    void open();
    // True once the worker thread has reached the gate.
    bool reached() const;

private:
    std::shared_ptr<QSemaphore> m_entered = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_pass = std::make_shared<QSemaphore>();
};

// True when this process has a file descriptor open on `path` (Linux; false elsewhere).
bool processHasOpen(const QString& path);

// Fusion with a dark palette, for looking at screens as a person with a dark desktop sees them.
void useDarkPalette();

// Types `text` into a line edit, replacing what it held.
void typeInto(QWidget* edit, const QString& text);

} // namespace daymark::test
