// mainwindow.h — the Yieldscope window: code, stack, variables, generators,
// yielded values, memory, output; and the actions that drive a run.
//
// Data flows one way: the SessionController produces a Snapshot, the window
// hands it to each model (model.setSnapshot) and to the editor's markers, and
// the views repaint. Nothing on screen keeps its own idea of the run. Each
// panel is built by one setup function; the constructor only calls them.
//
// A run is "stale" once the user edits the code: the next move reloads the
// text instead of stepping an old program.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QStringList>
#include <memory>

#include "ui/examplecatalog.h"
#include "ui/handout.h"
#include "ui/programfile.h"

class QAction;
class QAbstractItemModel;
class QModelIndex;
class QDockWidget;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSlider;
class QComboBox;
class QTimer;
class QTreeView;
class QToolBar;

namespace ys {
struct Snapshot;
}

namespace ys::ui {

class SessionController;
class Autosave;
class RestoreBanner;
struct AutosavedProgram;
class CodeEditor;
class CallStackModel;
class VariablesModel;
class GeneratorsModel;
class YieldsModel;
class AskPanel;
class GeneratorCardsPanel;
class MemoryPanel;
class PredictBar;
class PipelineView;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  // The size of the first start on a screen with this much room: most of it,
  // up to 1800x1000 (the extra goes to the code), never larger than it.
  static QSize firstStartSize(QSize available);
  ~MainWindow() override;

  // Reads and loads a .py file; on failure shows why and keeps the program.
  bool openFile(const QString& path);
  // Loads program text under a display name ("squares.py").
  void loadSource(const QString& text, const QString& name);
  // Loads a bundled example by file name or title.
  bool openExample(const QString& fileOrTitle);

  // After a crash or a kill: offers (non-modally) the newest unsaved program
  // a previous window left behind. False when there is none.
  bool offerRestore();

  void setPresentationMode(bool on);
  bool isPresentationMode() const { return m_presentation; }
  bool exportStepPng(const QString& path);
  // Starts writing a handout on the engine thread; false (with a reason)
  // when it cannot start. handoutExported tells how it ended.
  bool exportHandoutPdf(const QString& path, HandoutRange range, QString* error = nullptr);

  // For tests and the app: the parts a user looks at.
  SessionController* controller() const { return m_ctl; }
  CodeEditor* editor() const { return m_editor; }
  QPlainTextEdit* inputBox() const { return m_input; }  // what input() reads
  Autosave* autosave() const { return m_autosave; }
  RestoreBanner* restoreBanner() const { return m_restoreBanner; }
  CallStackModel* callStackModel() const { return m_stackModel; }
  VariablesModel* variablesModel() const { return m_varsModel; }
  GeneratorsModel* generatorsModel() const { return m_gensModel; }
  YieldsModel* yieldsModel() const { return m_yieldsModel; }
  GeneratorCardsPanel* cardsPanel() const { return m_cards; }
  AskPanel* askPanel() const { return m_ask; }
  PredictBar* predictBar() const { return m_predict; }
  PipelineView* pipelineView() const { return m_pipeline; }
  // Predict-next (View menu, toolbar, F7): the class guesses the next step.
  void setPredictMode(bool on);
  bool isPredictMode() const;
  MemoryPanel* memoryPanel() const { return m_memory; }
  QString messageText() const;  // the message bar ("" when hidden)
  QString narrationText() const;
  QString statusText() const;
  QString programName() const { return m_programName; }
  QAction* action(const QString& objectName) const;
  const ExampleCatalog& catalog() const { return m_catalog; }

 Q_SIGNALS:
  void handoutExported(bool ok, const QString& pathOrError);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  struct Actions;
  void setupActions();
  void setupMenus();
  void setupToolBar();
  void setupCentral();
  void setupDocks();
  void setupStatusBar();
  void connectController();
  QDockWidget* addDock(const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area);
  QTreeView* makeTable(QAbstractItemModel* model, const QString& name);

  void onLoadStarted();
  QString loadingText() const;
  void onLoadFinished(bool ok);
  void onHandoutFinished(bool ok, const QString& pathOrError);
  void clearRunViews();
  void updateBusyIndicator();
  void onSnapshotChanged();
  void onBusyChanged(bool busy);
  void onFrameChosen(int row);
  void reloadWithSize(qint64 n);
  void greyRunViews(bool grey);
  void onVariableClicked(const QModelIndex& index);
  void onUserEdited();
  void onInputEdited();
  void restoreAutosaved(const AutosavedProgram& program);
  void declineAutosaved(const AutosavedProgram& program);
  void onSliderMoved(int value);
  void onPlayTick();
  void togglePlay(bool on);
  void showMessage(const QString& text, bool error);
  void hideMessage();

  bool ensureRun();  // false when a (re)load had to start first
  void step(void (SessionController::*move)());
  void applySnapshot();
  void updateEditorMarks();
  void updateOutput();
  void updateOutputText(std::string_view all, size_t want);
  void updateStatus();
  void updateActions();
  void showProgramError();
  int previousLineFor(uint64_t step) const;
  int errorOriginLine() const;

  void chooseFile();
  void chooseExample();
  bool save();
  bool saveAs();
  bool maybeKeepEdits();  // asks before unsaved edits are lost; false = cancel
  void addRecent(const QString& path);
  void rebuildRecentMenu();
  void exportPngInteractive();
  void exportPdfInteractive();
  void restoreSettings();
  void saveSettings();
  void applyTheme();
  void applySizes();

  SessionController* m_ctl = nullptr;
  CallStackModel* m_stackModel = nullptr;
  VariablesModel* m_varsModel = nullptr;
  GeneratorsModel* m_gensModel = nullptr;
  YieldsModel* m_yieldsModel = nullptr;

  CodeEditor* m_editor = nullptr;
  QLabel* m_narration = nullptr;
  QLabel* m_messageBar = nullptr;
  QTreeView* m_stackView = nullptr;
  QTreeView* m_varsView = nullptr;
  QTreeView* m_yieldsView = nullptr;
  GeneratorCardsPanel* m_cards = nullptr;
  AskPanel* m_ask = nullptr;           // what-if questions (ui/panels/askpanel.h)
  PredictBar* m_predict = nullptr;     // predict-next (ui/panels/predictbar.h)
  PipelineView* m_pipeline = nullptr;  // the pipeline drawn (ui/panels/pipelineview.h)
  MemoryPanel* m_memory = nullptr;
  QPlainTextEdit* m_output = nullptr;
  QPlainTextEdit* m_input = nullptr;
  QTimer* m_inputDelay = nullptr;
  Autosave* m_autosave = nullptr;
  RestoreBanner* m_restoreBanner = nullptr;
  QSlider* m_slider = nullptr;
  QLabel* m_stepLabel = nullptr;
  QLabel* m_statusLabel = nullptr;
  QProgressBar* m_busyBar = nullptr;
  QComboBox* m_speed = nullptr;
  QTimer* m_playTimer = nullptr;
  QTimer* m_busyDelay = nullptr;
  QToolBar* m_toolBar = nullptr;
  QMenu* m_recentMenu = nullptr;
  std::unique_ptr<Actions> m_actions;
  QList<QDockWidget*> m_docks;

  ExampleCatalog m_catalog;
  QString m_filePath;  // "" for an example or unsaved text
  QString m_programName = QStringLiteral("program.py");
  QStringList m_recent;
  bool m_stale = true;   // the text on screen is not the loaded run
  bool m_dirty = false;  // edits not saved to m_filePath
  bool m_presentation = false;
  bool m_updatingSlider = false;
  size_t m_outputShownBytes = 0;  // bytes of Session::output() in the output view
  bool m_outputHasTail = false;   // at the end step: the run's traceback and what Python printed as it exited
  quint64 m_handoutDone = 0, m_handoutTotal = 0;
  QElapsedTimer m_loadClock;
  QByteArray m_stateBeforePresentation;
  QByteArray m_geometryBeforePresentation;
  QPalette m_paletteBeforePresentation;
  double m_normalPointSize = 10;  // the window's type before any zoom
  int m_zoom = 0;                 // points added by Ctrl+/Ctrl- to every panel
};

}  // namespace ys::ui
