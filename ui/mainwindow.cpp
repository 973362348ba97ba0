#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/autosave.h"
#include "ui/models/callstackmodel.h"
#include "ui/models/generatorsmodel.h"
#include "ui/models/sizeconstant.h"
#include "ui/models/variablesmodel.h"
#include "ui/models/viewtext.h"
#include "ui/models/yieldsmodel.h"
#include "ui/panels/askpanel.h"
#include "ui/panels/codeeditor.h"
#include "ui/panels/examplesdialog.h"
#include "ui/panels/generatorcards.h"
#include "ui/panels/memorypanel.h"
#include "ui/panels/pipelineview.h"
#include "ui/panels/predictbar.h"
#include "ui/sessioncontroller.h"
#include "ui/theme.h"

namespace ys::ui {

struct MainWindow::Actions {
  QAction *open, *save, *saveAs, *examples, *exportPng, *exportPdf, *quit;
  QAction *next, *back, *stepOver, *stepInto, *stepOut, *cont, *reset, *stop, *play;
  QAction *presentation, *predict, *zoomIn, *zoomOut, *showTwin, *internals;
};

namespace {

constexpr int kMaxRecent = 8;
constexpr int kPlaySpeeds[] = {1, 2, 4, 8, 16, 60};  // steps per second

QAction* makeAction(QObject* parent, const QString& text, const QString& name, const QList<QKeySequence>& keys,
                    const QString& tip = {}) {
  auto* a = new QAction(text, parent);
  a->setObjectName(name);
  a->setShortcuts(keys);
  a->setToolTip(tip.isEmpty() ? text : tip);
  a->setShortcutContext(Qt::WindowShortcut);
  return a;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_actions(std::make_unique<Actions>()) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(QStringLiteral("Yieldscope"));
  setAcceptDrops(true);
  m_ctl = new SessionController(this);
  m_stackModel = new CallStackModel(this);
  m_varsModel = new VariablesModel(this);
  m_gensModel = new GeneratorsModel(this);
  m_yieldsModel = new YieldsModel(this);
  m_catalog.load();
  m_autosave = new Autosave(
      [this] {
        return AutosavedProgram{{}, m_programName, m_filePath, m_editor->text(), {}};
      },
      {}, this);
  connect(m_autosave, &Autosave::failed, this, [this](const QString& why) { statusBar()->showMessage(why, 8000); });
  setupActions();
  setupCentral();
  setupDocks();
  setupToolBar();
  setupMenus();
  setupStatusBar();
  connectController();
  restoreSettings();
  m_normalPointSize = std::max(7.0, font().pointSizeF());
  applySizes();
  applyTheme();
  updateActions();
  updateStatus();
}

MainWindow::~MainWindow() {
  // The yields model holds the run; letting go first leaves the engine
  // thread the last holder, so the session is freed there.
  m_yieldsModel->setYields(YieldsModel::Records());
}

// ---------------------------------------------------------------- setup

void MainWindow::setupActions() {
  Actions& a = *m_actions;
  a.open = makeAction(this, tr("&Open…"), QStringLiteral("actionOpen"), {QKeySequence::Open});
  a.save = makeAction(this, tr("&Save"), QStringLiteral("actionSave"), {QKeySequence::Save});
  a.saveAs = makeAction(this, tr("Save &As…"), QStringLiteral("actionSaveAs"), {QKeySequence::SaveAs});
  a.examples =
      makeAction(this, tr("&Examples…"), QStringLiteral("actionExamples"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
  a.exportPng = makeAction(this, tr("Export Step as &PNG…"), QStringLiteral("actionExportPng"), {});
  a.exportPdf = makeAction(this, tr("Export &Handout (PDF)…"), QStringLiteral("actionExportPdf"), {});
  a.quit = makeAction(this, tr("&Quit"), QStringLiteral("actionQuit"), {QKeySequence::Quit});
  a.next = makeAction(this, tr("Next"), QStringLiteral("actionNext"),
                      {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
                      tr("Next: one event (Space, →, PageDown)"));
  a.back = makeAction(this, tr("Back"), QStringLiteral("actionBack"),
                      {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, tr("Back one event (←, PageUp)"));
  a.stepOver = makeAction(this, tr("Step Over"), QStringLiteral("actionStepOver"), {QKeySequence(Qt::Key_F10)},
                          tr("Step over (F10): next line in this frame"));
  a.stepInto = makeAction(this, tr("Step Into"), QStringLiteral("actionStepInto"), {QKeySequence(Qt::Key_F11)},
                          tr("Step into (F11): into a call or a resumed generator"));
  a.stepOut = makeAction(this, tr("Step Out"), QStringLiteral("actionStepOut"), {QKeySequence(Qt::SHIFT | Qt::Key_F11)},
                         tr("Step out (Shift+F11): until this frame returns or yields"));
  a.cont = makeAction(this, tr("Continue"), QStringLiteral("actionContinue"), {QKeySequence(Qt::Key_F5)},
                      tr("Continue (F5): to the next breakpoint or the end"));
  a.reset = makeAction(this, tr("Reset"), QStringLiteral("actionReset"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                       tr("Reset to the first step"));
  a.stop = makeAction(this, tr("Stop"), QStringLiteral("actionStop"), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                      tr("Stop a long run"));
  a.play = makeAction(this, tr("Play"), QStringLiteral("actionPlay"), {QKeySequence(Qt::Key_P)},
                      tr("Play: step automatically (P)"));
  a.play->setCheckable(true);
  a.presentation = makeAction(this, tr("&Presentation Mode"), QStringLiteral("actionPresentation"),
                              {QKeySequence(Qt::Key_F8)}, tr("Presentation mode for a projector (F8)"));
  a.presentation->setCheckable(true);
  a.predict = makeAction(this, tr("Pre&dict Next"), QStringLiteral("actionPredict"), {QKeySequence(Qt::Key_F7)},
                         tr("Predict next (F7): the class guesses the next line or value; Next reveals"));
  a.predict->setCheckable(true);
  a.zoomIn = makeAction(
      this, tr("Zoom &In"), QStringLiteral("actionZoomIn"),
      {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});  // Ctrl+= needs no Shift
  a.zoomOut = makeAction(this, tr("Zoom &Out"), QStringLiteral("actionZoomOut"), {QKeySequence::ZoomOut});
  a.showTwin = makeAction(this, tr("Show Eager &Twin Source"), QStringLiteral("actionShowTwin"), {});
  a.internals = makeAction(this, tr("Show &Internals"), QStringLiteral("actionInternals"), {},
                           tr("Show hidden locals (.0) and memory addresses, as the engine sees them"));
  a.internals->setCheckable(true);
  connect(a.internals, &QAction::toggled, this, [this] {
    if (m_ctl->isLoaded() && !m_stale) applySnapshot();
  });

  connect(a.open, &QAction::triggered, this, &MainWindow::chooseFile);
  connect(a.save, &QAction::triggered, this, &MainWindow::save);
  connect(a.saveAs, &QAction::triggered, this, &MainWindow::saveAs);
  connect(a.examples, &QAction::triggered, this, &MainWindow::chooseExample);
  connect(a.exportPng, &QAction::triggered, this, &MainWindow::exportPngInteractive);
  connect(a.exportPdf, &QAction::triggered, this, &MainWindow::exportPdfInteractive);
  connect(a.quit, &QAction::triggered, this, &QWidget::close);
  connect(a.next, &QAction::triggered, this, [this] { step(&SessionController::next); });
  connect(a.back, &QAction::triggered, this, [this] { step(&SessionController::back); });
  connect(a.stepOver, &QAction::triggered, this, [this] { step(&SessionController::stepOver); });
  connect(a.stepInto, &QAction::triggered, this, [this] { step(&SessionController::stepInto); });
  connect(a.stepOut, &QAction::triggered, this, [this] { step(&SessionController::stepOut); });
  connect(a.cont, &QAction::triggered, this, [this] { step(&SessionController::continueRun); });
  connect(a.reset, &QAction::triggered, this, [this] { step(&SessionController::reset); });
  connect(a.stop, &QAction::triggered, this, [this] {
    togglePlay(false);
    m_ctl->stop();
  });
  connect(a.play, &QAction::toggled, this, &MainWindow::togglePlay);
  connect(a.presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
  connect(a.predict, &QAction::toggled, this, &MainWindow::setPredictMode);
  connect(a.zoomIn, &QAction::triggered, this, [this] {
    m_zoom = std::min(m_zoom + 1, 12);
    applySizes();
  });
  connect(a.zoomOut, &QAction::triggered, this, [this] {
    m_zoom = std::max(m_zoom - 1, -4);
    applySizes();
  });
  connect(a.showTwin, &QAction::triggered, this, [this] {
    if (!m_ctl->session()) return;
    const QString twin = toQ(m_ctl->session()->twinSource());
    const QString reason = toQ(m_ctl->session()->twinReason());
    QMessageBox box(this);
    box.setWindowTitle(tr("Eager twin"));
    box.setText(twin.isEmpty() ? tr("No eager twin: %1").arg(reason)
                               : tr("The same program with lists instead of generators:"));
    box.setDetailedText(twin);
    box.exec();
  });
  for (QAction* act : {a.next, a.back, a.stepOver, a.stepInto, a.stepOut, a.cont, a.reset, a.stop, a.play,
                       a.presentation, a.predict, a.zoomIn, a.zoomOut})
    addAction(act);  // shortcuts work whatever has focus (except typing in the editor, see eventFilter)
}

void MainWindow::setupMenus() {
  const Actions& a = *m_actions;
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(a.open);
  m_recentMenu = file->addMenu(tr("Open &Recent"));
  file->addAction(a.save);
  file->addAction(a.saveAs);
  file->addSeparator();
  file->addAction(a.exportPng);
  file->addAction(a.exportPdf);
  file->addSeparator();
  file->addAction(a.quit);
  QMenu* run = menuBar()->addMenu(tr("&Run"));
  for (QAction* act : {a.next, a.back, a.stepOver, a.stepInto, a.stepOut, a.cont, a.play, a.reset, a.stop})
    run->addAction(act);
  QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
  examples->addAction(a.examples);
  examples->addSeparator();
  for (const ExampleInfo& e : m_catalog.examples()) {
    QAction* act = examples->addAction(e.title);
    act->setToolTip(e.lesson);
    connect(act, &QAction::triggered, this, [this, file = e.file] {
      if (maybeKeepEdits()) openExample(file);
    });
  }
  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(a.presentation);
  view->addAction(a.predict);
  view->addAction(a.zoomIn);
  view->addAction(a.zoomOut);
  view->addAction(a.showTwin);
  view->addAction(a.internals);
  view->addSeparator();
  for (QDockWidget* d : m_docks) view->addAction(d->toggleViewAction());
  rebuildRecentMenu();
}

void MainWindow::setupToolBar() {
  const Actions& a = *m_actions;
  m_toolBar = addToolBar(tr("Run"));
  m_toolBar->setObjectName(QStringLiteral("runToolBar"));
  m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  for (QAction* act : {a.reset, a.back, a.next, a.stepOver, a.stepInto, a.stepOut, a.cont, a.stop})
    m_toolBar->addAction(act);
  m_toolBar->addSeparator();
  m_toolBar->addAction(a.play);
  m_speed = new QComboBox;
  m_speed->setObjectName(QStringLiteral("playSpeed"));
  m_speed->setToolTip(tr("Play speed"));
  for (int s : kPlaySpeeds) m_speed->addItem(tr("%1 steps/s").arg(s), s);
  m_speed->setCurrentIndex(1);
  m_speed->setFocusPolicy(Qt::NoFocus);
  connect(m_speed, &QComboBox::currentIndexChanged, this,
          [this] { m_playTimer->setInterval(1000 / std::max(1, m_speed->currentData().toInt())); });
  m_toolBar->addWidget(m_speed);
  m_toolBar->addSeparator();
  m_toolBar->addAction(a.predict);
  m_toolBar->addSeparator();
  m_slider = new QSlider(Qt::Horizontal);
  m_slider->setObjectName(QStringLiteral("stepSlider"));
  m_slider->setToolTip(tr("Scrub to any step"));
  m_slider->setMinimumWidth(200);
  m_slider->setFocusPolicy(Qt::NoFocus);  // arrow keys belong to Next/Back
  connect(m_slider, &QSlider::valueChanged, this, &MainWindow::onSliderMoved);
  m_toolBar->addWidget(m_slider);
  m_stepLabel = new QLabel;
  m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
  m_stepLabel->setMinimumWidth(120);
  m_toolBar->addWidget(m_stepLabel);
  m_playTimer = new QTimer(this);
  m_playTimer->setInterval(500);
  connect(m_playTimer, &QTimer::timeout, this, &MainWindow::onPlayTick);
}

void MainWindow::setupCentral() {
  auto* central = new QWidget;
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  m_restoreBanner = new RestoreBanner;
  connect(m_restoreBanner, &RestoreBanner::accepted, this, &MainWindow::restoreAutosaved);
  connect(m_restoreBanner, &RestoreBanner::declined, this, &MainWindow::declineAutosaved);
  m_messageBar = wrappingLabel(QStringLiteral("messageBar"));
  m_messageBar->setVisible(false);
  m_messageBar->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_editor = new CodeEditor;
  m_editor->installEventFilter(this);
  m_editor->viewport()->installEventFilter(this);
  connect(m_editor, &CodeEditor::userEdited, this, &MainWindow::onUserEdited);
  connect(m_editor, &CodeEditor::breakpointsChanged, m_ctl, &SessionController::setBreakpoints);
  m_narration = wrappingLabel(QStringLiteral("narration"));
  m_narration->setMinimumHeight(40);
  m_narration->setStyleSheet(QStringLiteral("QLabel#narration { padding: 6px 10px; font-size: 14pt; }"));
  layout->addWidget(m_restoreBanner);
  layout->addWidget(m_messageBar);
  layout->addWidget(m_editor, 1);
  m_predict = new PredictBar(m_ctl);
  connect(m_predict, &PredictBar::guessLineChanged, m_editor, &CodeEditor::setGuessLine);
  connect(m_predict, &PredictBar::revealRequested, this, [this] { step(&SessionController::next); });
  layout->addWidget(m_predict);
  layout->addWidget(m_narration);
  setCentralWidget(central);
}

QTreeView* MainWindow::makeTable(QAbstractItemModel* model, const QString& name) {
  auto* view = new QTreeView;
  view->setObjectName(name);
  view->setModel(model);
  view->setRootIsDecorated(false);
  view->setUniformRowHeights(true);
  view->setAlternatingRowColors(true);
  view->header()->setStretchLastSection(true);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  return view;
}

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(name);
  dock->setWidget(widget);
  addDockWidget(area, dock);
  m_docks << dock;
  return dock;
}

void MainWindow::setupDocks() {
  m_stackView = makeTable(m_stackModel, QStringLiteral("callStackView"));
  m_varsView = makeTable(m_varsModel, QStringLiteral("variablesView"));
  m_yieldsView = makeTable(m_yieldsModel, QStringLiteral("yieldsView"));
  // Small tables size their columns to the text; the yields table may hold
  // millions of rows, where measuring every row would stall each step.
  for (QTreeView* v : {m_stackView, m_varsView}) v->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  const int yieldWidths[] = {60, 90, 80, 100, 120};
  for (int c = 0; c < 5; ++c) m_yieldsView->setColumnWidth(c, yieldWidths[c]);
  m_cards = new GeneratorCardsPanel(m_gensModel);
  m_cards->setController(m_ctl);  // each card's "peek" asks through the same queue as the Ask dock
  m_memory = new MemoryPanel;
  connect(m_memory, &MemoryPanel::sizeChosen, this, &MainWindow::reloadWithSize);
  m_output = new QPlainTextEdit;
  m_output->setObjectName(QStringLiteral("output"));
  m_output->setReadOnly(true);
  m_output->setFont(monoFont(10));
  // What the program's input() reads, a line per call; an edit re-runs it.
  m_input = new QPlainTextEdit;
  m_input->setObjectName(QStringLiteral("inputBox"));
  m_input->setFont(monoFont(10));
  m_input->setPlaceholderText(tr("Lines for input(), one per call"));
  m_inputDelay = new QTimer(this);
  m_inputDelay->setSingleShot(true);
  m_inputDelay->setInterval(600);
  connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
    m_ctl->setInputText(m_input->toPlainText());
    m_inputDelay->start();
  });
  connect(m_inputDelay, &QTimer::timeout, this, &MainWindow::onInputEdited);
  connect(m_stackView, &QTreeView::clicked, this, [this](const QModelIndex& i) { onFrameChosen(i.row()); });
  connect(m_varsView, &QTreeView::clicked, this, &MainWindow::onVariableClicked);
  connect(m_yieldsView, &QTreeView::clicked, this,
          [this](const QModelIndex& i) { m_cards->highlight(i.data(YieldsModel::GeneratorIdRole).toULongLong()); });
  QDockWidget* gens = addDock(tr("Generators"), QStringLiteral("generatorsDock"), m_cards, Qt::RightDockWidgetArea);
  QDockWidget* stack = addDock(tr("Call stack"), QStringLiteral("callStackDock"), m_stackView, Qt::LeftDockWidgetArea);
  QDockWidget* vars = addDock(tr("Variables"), QStringLiteral("variablesDock"), m_varsView, Qt::LeftDockWidgetArea);
  QDockWidget* yields =
      addDock(tr("Yielded values"), QStringLiteral("yieldsDock"), m_yieldsView, Qt::RightDockWidgetArea);
  QDockWidget* memory = addDock(tr("Memory"), QStringLiteral("memoryDock"), m_memory, Qt::BottomDockWidgetArea);
  QDockWidget* output = addDock(tr("Output"), QStringLiteral("outputDock"), m_output, Qt::BottomDockWidgetArea);
  QDockWidget* input = addDock(tr("Input"), QStringLiteral("inputDock"), m_input, Qt::BottomDockWidgetArea);
  splitDockWidget(stack, vars, Qt::Vertical);
  splitDockWidget(gens, yields, Qt::Vertical);
  splitDockWidget(output, memory, Qt::Horizontal);
  splitDockWidget(output, input, Qt::Vertical);
  // Ask: questions to the paused program, tabbed behind the yielded values.
  // It scrolls rather than setting a minimum height: its form, answer and
  // details would otherwise make the window taller than a 720p screen.
  m_ask = new AskPanel(m_ctl);
  auto* askScroll = new QScrollArea;
  askScroll->setWidget(m_ask);
  askScroll->setWidgetResizable(true);
  askScroll->setFrameShape(QFrame::NoFrame);
  tabifyDockWidget(yields, addDock(tr("Ask"), QStringLiteral("askDock"), askScroll, Qt::RightDockWidgetArea));
  // At 720p the dock shows only the form; the answer is what was asked for,
  // so it is scrolled into view (with the question above it) when it comes.
  connect(m_ask, &AskPanel::answered, askScroll,
          [askScroll, this] { askScroll->ensureWidgetVisible(m_ask->answerWidget(), 0, 40); });
  yields->raise();
  // The pipeline drawn, tabbed behind the cards; it scrolls for the same reason.
  m_pipeline = new PipelineView(m_ctl);
  auto* pipelineScroll = new QScrollArea;
  pipelineScroll->setWidget(m_pipeline);
  pipelineScroll->setWidgetResizable(true);
  pipelineScroll->setFrameShape(QFrame::NoFrame);
  tabifyDockWidget(gens,
                   addDock(tr("Pipeline"), QStringLiteral("pipelineDock"), pipelineScroll, Qt::RightDockWidgetArea));
  gens->raise();
  // The right column (cards or pipeline above, yielded values or Ask below)
  // runs down to the status bar: at 720p its stacked boxes need the height
  // more than the memory chart needs the width.
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  // Fits a 720p projector with its title bar; code is the largest area.
  resize(1260, 680);
  resizeDocks({stack, gens}, {250, 340}, Qt::Horizontal);
  resizeDocks({gens, yields}, {420, 160}, Qt::Vertical);
  resizeDocks({output, memory}, {210, 660}, Qt::Horizontal);
  resizeDocks({memory}, {220}, Qt::Vertical);
  resizeDocks({output, input}, {170, 60}, Qt::Vertical);
}

void MainWindow::setupStatusBar() {
  m_statusLabel = new QLabel;
  m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
  m_busyBar = new QProgressBar;
  m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
  m_busyBar->setRange(0, 0);  // indeterminate: the engine cannot say how long a run takes
  m_busyBar->setMaximumWidth(160);
  m_busyBar->setVisible(false);
  statusBar()->addWidget(m_statusLabel, 1);
  statusBar()->addPermanentWidget(m_busyBar);
}

void MainWindow::connectController() {
  connect(m_ctl, &SessionController::loadStarted, this, &MainWindow::onLoadStarted);
  connect(m_ctl, &SessionController::loadProgress, this, [this] {
    updateStatus();
    m_narration->setText(loadingText());
  });
  connect(m_ctl, &SessionController::loadFinished, this, &MainWindow::onLoadFinished);
  connect(m_ctl, &SessionController::snapshotChanged, this, &MainWindow::onSnapshotChanged);
  connect(m_ctl, &SessionController::busyChanged, this, &MainWindow::onBusyChanged);
  connect(m_ctl, &SessionController::sessionAboutToChange, this, &MainWindow::clearRunViews);
  connect(m_ctl, &SessionController::handoutProgress, this, [this](quint64 done, quint64 total) {
    m_handoutDone = done;
    m_handoutTotal = total;
    updateStatus();
  });
  connect(m_ctl, &SessionController::handoutFinished, this, &MainWindow::onHandoutFinished);
  // A move that takes a while shows the busy bar; one that answers within a
  // frame or two must not make it flicker while a key is held.
  m_busyDelay = new QTimer(this);
  m_busyDelay->setSingleShot(true);
  m_busyDelay->setInterval(250);
  connect(m_busyDelay, &QTimer::timeout, this, [this] { updateBusyIndicator(); });
}

// ---------------------------------------------------------------- loading

bool MainWindow::openFile(const QString& path) {
  const ProgramFile file = readProgramFile(path);
  if (!file.ok) {
    showMessage(file.error, true);
    return false;
  }
  m_filePath = QFileInfo(path).absoluteFilePath();
  loadSource(file.text, QFileInfo(path).fileName());
  addRecent(m_filePath);
  return true;
}

bool MainWindow::openExample(const QString& fileOrTitle) {
  const ExampleInfo* e = m_catalog.find(fileOrTitle);
  const QString text = e ? m_catalog.sourceOf(*e) : QString();
  if (!e || text.isEmpty()) {
    showMessage(tr("There is no example called %1.").arg(fileOrTitle), true);
    return false;
  }
  m_filePath.clear();
  loadSource(text, QFileInfo(e->file).fileName());
  showMessage(QStringLiteral("<b>%1</b> — %2").arg(e->title.toHtmlEscaped(), e->lesson.toHtmlEscaped()), false);
  return true;
}

void MainWindow::loadSource(const QString& text, const QString& name) {
  togglePlay(false);
  hideMessage();
  m_programName = name.isEmpty() ? QStringLiteral("program.py") : name;
  setWindowTitle(QStringLiteral("%1 — Yieldscope").arg(m_programName));
  m_editor->setProgram(text);
  m_predict->resetScore();  // a new lesson
  m_autosave->discard();    // the text on screen is a file's or an example's: nothing unsaved
  m_editor->setBreakpoints({});
  m_ctl->setBreakpoints({});
  m_dirty = false;
  m_stale = false;
  m_ctl->load(text, m_programName);
  // Space and the arrows step the program unless the editor has focus, so a
  // fresh program starts with focus outside the editor (Esc leaves it too).
  m_stackView->setFocus();
  updateStatus();
}

// The views let go of the old run as soon as a new one starts loading: they
// hold the session (the yields), which must be freed on its engine thread.
void MainWindow::clearRunViews() {
  m_yieldsModel->setYields(YieldsModel::Records());
  m_stackModel->setSnapshot({});
  m_gensModel->setSnapshot({});
  m_varsModel->clear();
  m_memory->clear();
  m_output->clear();
  m_outputShownBytes = 0;
  m_outputHasTail = false;
  m_narration->clear();
}

// While a program loads, what is still on screen belongs to no run: greyed,
// so nobody reads it as the current state.
void MainWindow::greyRunViews(bool grey) {
  for (QWidget* w : std::initializer_list<QWidget*>{m_stackView, m_varsView, m_yieldsView, m_cards, m_memory, m_output})
    w->setEnabled(!grey);
}

// The size control of the memory panel: the program's own size constant is
// changed in the code on screen (so what runs is what the class reads), and
// the program runs again; the panel keeps the earlier size's peaks.
void MainWindow::reloadWithSize(qint64 n) {
  const QString text = m_editor->text();
  const std::optional<SizeConstant> size = findSizeConstant(text);
  if (!size) {
    showMessage(tr("This program has no size constant to change (write, for example, N = 10 at the top)."), true);
    return;
  }
  const QString sized = withSize(text, *size, n);
  togglePlay(false);
  m_editor->setProgram(sized);
  m_editor->setBreakpoints(m_ctl->breakpoints());
  if (!m_filePath.isEmpty()) m_dirty = true;  // differs from the file now
  m_stale = false;
  m_ctl->load(sized, m_programName);
  statusBar()->showMessage(tr("Running again with %1 changed to %2").arg(size->describe()).arg(n), 6000);
}

// Said where the class looks (the narration line), so that a long recording
// visibly moves on: steps so far when the engine reports them, else seconds.
QString MainWindow::loadingText() const {
  const uint64_t recorded = m_ctl->stepsRecorded();
  if (recorded)
    return tr("Recording the run of %1… %2 steps so far (Stop: Shift+F5)")
        .arg(m_programName, QLocale().toString(qulonglong(recorded)));
  const qint64 seconds = m_loadClock.isValid() ? m_loadClock.elapsed() / 1000 : 0;
  return seconds ? tr("Recording the run of %1… %2 s (Stop: Shift+F5)").arg(m_programName).arg(seconds)
                 : tr("Recording the run of %1…").arg(m_programName);
}

void MainWindow::onLoadStarted() {
  clearRunViews();
  greyRunViews(true);
  m_loadClock.start();
  m_narration->setText(loadingText());
  updateBusyIndicator();
  updateActions();
  updateStatus();
}

void MainWindow::onLoadFinished(bool ok) {
  greyRunViews(false);
  Session* s = m_ctl->session();
  if (s)
    m_yieldsModel->setYields(YieldsModel::Records(m_ctl->sharedSession(), &s->yields()));
  else
    m_yieldsModel->setYields(YieldsModel::Records());
  if (s && ok && m_ctl->chartData()) {
    const QString source = toQ(s->source());
    const std::optional<SizeConstant> size = findSizeConstant(source);
    m_memory->setSizeConstant(size, size ? sizeFreeKey(source, *size) : QString());
    m_memory->setSeries(*m_ctl->chartData(), toQ(Session::xAxisLabel()), toQ(s->twinReason()),
                        uint64_t(s->yields().size()));
    m_updatingSlider = true;
    m_slider->setRange(0, int(std::min<uint64_t>(s->stepCount(), INT32_MAX) - 1));
    m_updatingSlider = false;
  } else {
    m_memory->clear();
    m_stackModel->setSnapshot({});
    m_gensModel->setSnapshot({});
    m_varsModel->clear();
    m_narration->clear();
    showProgramError();
  }
  updateActions();
  updateStatus();
}

// ---------------------------------------------------------------- stepping

// Moves asked while a program loads are kept by the controller and applied
// once it is ready; only a program that is not loaded at all starts a load.
bool MainWindow::ensureRun() {
  if (m_stale || !m_ctl->hasProgram()) {
    m_stale = false;
    m_ctl->load(m_editor->text(), m_programName);
    return false;
  }
  return true;
}

void MainWindow::step(void (SessionController::*move)()) {
  if (!ensureRun()) return;
  (m_ctl->*move)();
}

void MainWindow::onSnapshotChanged() {
  applySnapshot();
  if (!m_ctl->lastFailure().isEmpty()) showMessage(m_ctl->lastFailure(), true);
}

void MainWindow::applySnapshot() {
  const Snapshot& s = m_ctl->snapshot();
  const Snapshot shown = m_actions->internals->isChecked() ? s : beginnerView(s);
  m_stackModel->setSnapshot(shown);
  m_gensModel->setSnapshot(shown);
  m_yieldsModel->setPosition(s.step);
  onFrameChosen(0);
  updateEditorMarks();
  updateOutput();
  m_narration->setText(toQ(s.says));
  m_memory->setPosition(s.step, uint64_t(m_yieldsModel->visibleCount()), s.memory.totalBytes);
  if (!m_slider->isSliderDown()) {  // mid-drag the handle follows the hand, not the answers catching up
    m_updatingSlider = true;
    m_slider->setValue(int(std::min<uint64_t>(s.step, INT32_MAX)));
    m_updatingSlider = false;
  }
  if (m_yieldsModel->visibleCount()) m_yieldsView->scrollToBottom();
  updateActions();
  updateStatus();
}

int MainWindow::previousLineFor(uint64_t step) const {
  const Session* s = m_ctl->session();
  if (!s || step == 0) return 0;
  const auto& history = s->history();
  // The last line event before this step: "the line just run".
  for (uint64_t i = std::min<uint64_t>(step, history.size()); i-- > 0 && step - i < 256;)
    if (history[i].event == EventKind::Line) return history[i].line;
  return 0;
}

void MainWindow::updateEditorMarks() {
  const Snapshot& s = m_ctl->snapshot();
  const bool ended = s.event == EventKind::End;
  m_editor->setExecutionLines(ended ? 0 : s.line, previousLineFor(s.step));
  std::vector<std::pair<int, QString>> marks;
  for (const GeneratorView& g : s.generators)
    if (g.state == GenState::Suspended) marks.emplace_back(g.line, generatorTitle(g.name, g.id));
  m_editor->setSuspendedGenerators(marks);
  showProgramError();
}

// Syntax errors (no run) and runtime errors (an exception event, or the end
// of a run that raised) are written under their line.
void MainWindow::showProgramError() {
  Session* session = m_ctl->session();
  if (session && session->syntaxError()) {
    const SyntaxErrorInfo& e = *session->syntaxError();
    QString text = toQ(e.type) + QStringLiteral(": ") + toQ(e.message);
    if (!e.hint.empty()) text += QStringLiteral("\n") + toQ(e.hint);
    m_editor->showError(e.line, text);
    m_narration->setText(tr("The program has a syntax error at line %1, so it cannot run yet.").arg(e.line));
    return;
  }
  if (!m_ctl->isLoaded()) {
    if (!m_ctl->lastFailure().isEmpty()) showMessage(m_ctl->lastFailure(), true);
    return;
  }
  const Snapshot& s = m_ctl->snapshot();
  const QString end = toQ(session->endMessage());
  if (s.event == EventKind::End && (s.exception || !end.isEmpty())) {
    m_editor->showError(errorOriginLine(), end.isEmpty() ? toQ(*s.exception) : end);
    return;
  }
  if (s.exception) {
    m_editor->showError(s.line, toQ(*s.exception));
    return;
  }
  m_editor->clearError();
}

// Where the run's final error started: the first exception event after the
// last line event (later ones are the same exception leaving outer frames),
// which is the innermost line of python3's traceback; else the last line run.
int MainWindow::errorOriginLine() const {
  const auto& h = m_ctl->session()->history();
  int line = 0;
  for (size_t i = h.size(); i-- > 0;) {
    if (h[i].event == EventKind::Line) return line ? line : h[i].line;
    if (h[i].event == EventKind::Exception) line = h[i].line;
  }
  return line;
}

// The output is a prefix of one append-only buffer, so a step only adds a
// tail (Next) or cuts one (Back): the widget is edited at its end and never
// re-laid out whole, which keeps a Next repaint fast after a megabyte of print.
void MainWindow::updateOutput() {
  const Session* session = m_ctl->session();
  if (!session) return;
  const std::string_view all = session->output();
  const size_t want = session->outputAt(m_ctl->snapshot()).size();
  // At the end step, python3's traceback of a run that raised follows the
  // printed text, as in a terminal, and then what Python printed as it exited
  // (a paused generator's `finally`); on any earlier step they are not there yet.
  const bool atEnd = m_ctl->snapshot().event == EventKind::End;
  const std::string& traceback = session->runResult().stderrText;
  const std::string_view atExit = session->exitOutput();
  const bool tail = atEnd && (!traceback.empty() || !atExit.empty());
  if (m_outputHasTail && !tail) {
    m_output->setPlainText(QString::fromUtf8(all.data(), qsizetype(std::min(want, all.size()))));
    m_outputShownBytes = want;
    m_outputHasTail = false;
  }
  updateOutputText(all, want);
  if (tail && !m_outputHasTail) {
    QTextCursor c(m_output->document());
    c.movePosition(QTextCursor::End);
    if (!traceback.empty()) {
      QTextCharFormat red;
      red.setForeground(QColor(0xb0, 0x10, 0x10));
      if (!m_output->document()->isEmpty() && !all.substr(0, want).ends_with('\n')) c.insertText(QStringLiteral("\n"));
      c.insertText(toQ(traceback), red);
    }
    c.insertText(QString::fromUtf8(atExit.data(), qsizetype(atExit.size())), QTextCharFormat());
    m_outputHasTail = true;
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
  }
}

void MainWindow::updateOutputText(std::string_view all, size_t want) {
  const size_t shown = std::min(m_outputShownBytes, all.size());
  if (want == shown && m_outputShownBytes <= all.size()) return;
  QTextCursor c(m_output->document());
  c.movePosition(QTextCursor::End);
  if (want > shown) {
    const std::string_view tail = all.substr(shown, want - shown);
    c.insertText(QString::fromUtf8(tail.data(), qsizetype(tail.size())));
  } else if (want * 2 < shown) {
    // Most of it goes: setting what stays is cheaper than deleting the rest.
    m_output->setPlainText(QString::fromUtf8(all.data(), qsizetype(want)));
  } else {
    const std::string_view cut = all.substr(want, shown - want);
    const qsizetype chars = QString::fromUtf8(cut.data(), qsizetype(cut.size())).size();
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(chars));
    c.removeSelectedText();
  }
  m_outputShownBytes = want;
  m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void MainWindow::updateStatus() {
  QString status;
  if (m_ctl->isLoading()) {
    const uint64_t recorded = m_ctl->stepsRecorded();
    status = recorded ? tr("Loading %1: %2 steps recorded… (Stop: Shift+F5)")
                            .arg(m_programName, QLocale().toString(qulonglong(recorded)))
                      : tr("Loading %1… (Stop: Shift+F5)").arg(m_programName);
  } else if (m_ctl->isExportingHandout()) {
    status = m_handoutTotal
                 ? tr("Writing the handout: step %1 of %2… (Stop: Shift+F5)").arg(m_handoutDone).arg(m_handoutTotal)
                 : tr("Writing the handout… (Stop: Shift+F5)");
  } else if (m_ctl->isBusy() && m_busyBar->isVisible()) {
    status = tr("Working… (Stop: Shift+F5)");
  } else if (m_ctl->isLoaded()) {
    const Snapshot& s = m_ctl->snapshot();
    status = tr("Step %1 of %2 · %3").arg(s.step + 1).arg(m_ctl->stepCount()).arg(eventLabel(s.event));
    if (s.event != EventKind::End) status += tr(" · %1, line %2").arg(toQ(s.function)).arg(s.line);
    if (m_stale) status += tr(" · code edited: the next step restarts");
  } else if (m_ctl->hasSyntaxError()) {
    status = tr("Syntax error: fix the code, then press Next");
  } else {
    status = tr("Press Next (Space) to start");
  }
  m_statusLabel->setText(status);
  m_stepLabel->setText(m_ctl->isLoaded() ? tr("step %1 / %2").arg(m_ctl->snapshot().step + 1).arg(m_ctl->stepCount())
                                         : QString());
}

// Moves stay enabled while the engine works: presses are queued and
// coalesced by the controller, so holding a key never loses it.
void MainWindow::updateActions() {
  const bool busy = m_ctl->isBusy();
  const bool loading = m_ctl->isLoading() && !m_stale;
  const bool loaded = m_ctl->isLoaded() && !m_stale;
  const bool atStart = loaded && m_ctl->snapshot().step == 0;
  const bool atEnd = loaded && m_ctl->atEnd();
  const Actions& a = *m_actions;
  for (QAction* act : {a.next, a.stepOver, a.stepInto, a.stepOut, a.cont}) act->setEnabled(loading || !atEnd);
  a.back->setEnabled(loaded && (!atStart || busy));
  a.reset->setEnabled(loaded && (!atStart || busy));
  a.stop->setEnabled(busy || a.play->isChecked());
  a.exportPdf->setEnabled(loaded && !m_ctl->isExportingHandout());
  m_slider->setEnabled(loaded);
}

void MainWindow::onBusyChanged(bool busy) {
  if (busy)
    m_busyDelay->start();
  else
    m_busyDelay->stop();
  updateBusyIndicator();
  updateActions();
  updateStatus();
}

// Loading and handouts show their progress at once; other work only once it
// has lasted long enough to be noticed.
void MainWindow::updateBusyIndicator() {
  const bool handout = m_ctl->isExportingHandout();
  const bool show = m_ctl->isLoading() || handout || (m_ctl->isBusy() && !m_busyDelay->isActive());
  if (handout && m_handoutTotal) {
    m_busyBar->setRange(0, int(std::min<quint64>(m_handoutTotal, INT32_MAX)));
    m_busyBar->setValue(int(std::min<quint64>(m_handoutDone, INT32_MAX)));
  } else {
    m_busyBar->setRange(0, 0);  // indeterminate: nobody knows how long a run takes
  }
  m_busyBar->setVisible(show);
  updateStatus();
}

void MainWindow::onFrameChosen(int row) {
  const FrameView* f = m_stackModel->frame(row);
  if (f)
    m_varsModel->setVariables(f->locals);
  else
    m_varsModel->clear();
  if (f) m_ask->setFrame(row);
  if (f && m_stackView->currentIndex().row() != row) m_stackView->setCurrentIndex(m_stackModel->index(row, 0));
}

void MainWindow::onVariableClicked(const QModelIndex& index) {
  const auto id = index.data(VariablesModel::GeneratorIdRole).toULongLong();
  if (id) m_cards->highlight(id);
}

void MainWindow::onUserEdited() {
  m_dirty = true;
  m_autosave->touch();
  if (!m_stale) {
    togglePlay(false);
    m_stale = true;
    m_ctl->invalidate();
    m_editor->setExecutionLines(0, 0);
    m_editor->setSuspendedGenerators({});
    m_editor->clearError();
    updateActions();
    updateStatus();
  }
}

// The program reads the input box when it is recorded: a new input is a new
// run. A run still waiting for code edits picks it up at its next step.
void MainWindow::onInputEdited() {
  if (m_stale || !m_ctl->hasProgram()) return;
  togglePlay(false);
  m_ctl->load(m_editor->text(), m_programName);
}

void MainWindow::onSliderMoved(int value) {
  if (m_updatingSlider || !m_ctl->isLoaded() || m_stale) return;
  if (uint64_t(value) != m_ctl->snapshot().step) m_ctl->goTo(uint64_t(value));
}

void MainWindow::togglePlay(bool on) {
  if (m_actions->play->isChecked() != on) {
    m_actions->play->setChecked(on);  // re-enters through toggled
    return;
  }
  if (on)
    m_playTimer->start();
  else
    m_playTimer->stop();
  m_actions->play->setText(on ? tr("Pause") : tr("Play"));
  updateActions();
}

void MainWindow::onPlayTick() {
  if (m_ctl->isBusy()) return;
  if (m_ctl->isLoaded() && !m_stale && m_ctl->atEnd()) {
    togglePlay(false);
    return;
  }
  step(&SessionController::next);
}

// ---------------------------------------------------------------- autosave

bool MainWindow::offerRestore() {
  const QList<AutosavedProgram> orphans = m_autosave->orphans();
  if (orphans.isEmpty()) return false;
  m_restoreBanner->offer(orphans.first());
  return true;
}

void MainWindow::restoreAutosaved(const AutosavedProgram& program) {
  if (!maybeKeepEdits()) {
    m_restoreBanner->offer(program);
    return;
  }
  loadSource(program.text, program.name);
  m_filePath = !program.filePath.isEmpty() && QFileInfo(program.filePath).isFile() ? program.filePath : QString();
  m_dirty = true;  // the restored text is not saved anywhere but the autosave
  // Our own copy first, then the old one goes: never a moment without one.
  if (m_autosave->saveNow()) m_autosave->forget(program.id);
  statusBar()->showMessage(tr("Restored the unsaved %1").arg(program.name), 5000);
}

void MainWindow::declineAutosaved(const AutosavedProgram& program) {
  m_autosave->forget(program.id);
  offerRestore();  // an older one, if several windows were lost
}

// ---------------------------------------------------------------- messages

void MainWindow::showMessage(const QString& text, bool error) {
  m_messageBar->setText(text);
  m_messageBar->setStyleSheet(error ? QStringLiteral("QLabel#messageBar { background: #ffe0e0; color: #7a0000;"
                                                     " padding: 6px 10px; border-bottom: 1px solid #d08080; }")
                                    : QStringLiteral("QLabel#messageBar { background: #e6f0ff; color: #102a50;"
                                                     " padding: 6px 10px; border-bottom: 1px solid #9ab0d0; }"));
  m_messageBar->setVisible(true);
  if (error) statusBar()->showMessage(text, 8000);
}

void MainWindow::hideMessage() {
  m_messageBar->clear();
  m_messageBar->setVisible(false);
}

QString MainWindow::messageText() const {
  return m_messageBar->isVisibleTo(this) ? m_messageBar->text() : QString();
}
QString MainWindow::narrationText() const {
  return m_narration->text();
}
QString MainWindow::statusText() const {
  return m_statusLabel->text();
}

QAction* MainWindow::action(const QString& objectName) const {
  return findChild<QAction*>(objectName);
}

// ---------------------------------------------------------------- files

void MainWindow::chooseFile() {
  if (!maybeKeepEdits()) return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open a Python program"), QFileInfo(m_filePath).path(),
                                                    tr("Python programs (*.py);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

void MainWindow::chooseExample() {
  if (m_catalog.examples().isEmpty()) {
    showMessage(tr("No examples were found in this build."), true);
    return;
  }
  ExamplesDialog dialog(m_catalog, this);
  if (dialog.exec() == QDialog::Accepted && !dialog.chosenFile().isEmpty() && maybeKeepEdits())
    openExample(dialog.chosenFile());
}

bool MainWindow::maybeKeepEdits() {
  if (!m_dirty) return true;
  const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                            tr("The code has changes that are not saved. Save them first?"),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
  if (answer == QMessageBox::Save) return save();
  return answer == QMessageBox::Discard;
}

bool MainWindow::save() {
  if (m_filePath.isEmpty()) return saveAs();
  QSaveFile file(m_filePath);
  if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit()) {
    showMessage(tr("Cannot save %1: %2").arg(m_filePath, file.errorString()), true);
    return false;
  }
  m_dirty = false;
  m_autosave->discard();
  statusBar()->showMessage(tr("Saved %1").arg(m_filePath), 3000);
  return true;
}

bool MainWindow::saveAs() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save the program"), m_programName, tr("Python programs (*.py)"));
  if (path.isEmpty()) return false;
  m_filePath = path;
  m_programName = QFileInfo(path).fileName();
  setWindowTitle(QStringLiteral("%1 — Yieldscope").arg(m_programName));
  addRecent(path);
  return save();
}

void MainWindow::addRecent(const QString& path) {
  m_recent.removeAll(path);
  m_recent.prepend(path);
  while (m_recent.size() > kMaxRecent) m_recent.removeLast();
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  if (!m_recentMenu) return;
  m_recentMenu->clear();
  for (const QString& path : m_recent) {
    QAction* act = m_recentMenu->addAction(QFileInfo(path).fileName());
    act->setToolTip(path);
    connect(act, &QAction::triggered, this, [this, path] {
      if (maybeKeepEdits()) openFile(path);
    });
  }
  m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) {
      if (maybeKeepEdits()) openFile(url.toLocalFile());
      event->acceptProposedAction();
      return;
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  // A .py dropped on the editor opens it rather than pasting its path.
  if (watched == m_editor->viewport() && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
    auto* drop = static_cast<QDropEvent*>(event);
    if (drop->mimeData()->hasUrls()) {
      if (event->type() == QEvent::DragEnter)
        static_cast<QDragEnterEvent*>(event)->acceptProposedAction();
      else
        dropEvent(drop);
      return true;
    }
  }
  // Predict-next: a click on the code is the class's guess of the next
  // line; it neither moves the caret nor takes the keyboard from Next. A
  // click on the line numbers or the breakpoint margin still toggles a
  // breakpoint, as outside the mode.
  if (m_predict && m_predict->isActive() && watched == m_editor->viewport() &&
      (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease ||
       event->type() == QEvent::MouseButtonDblClick)) {
    auto* mouse = static_cast<QMouseEvent*>(event);
    if (m_editor->isInBreakpointMargin(mouse->position().toPoint())) return QMainWindow::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton) {
      const int line = m_editor->lineAt(mouse->position().toPoint());
      if (line >= 0) m_predict->guessLine(line + 1);
    }
    return true;
  }
  // A clicker's PageDown/PageUp reveal and go back in predict-next even
  // while the editor has focus (the editor would scroll with them).
  if (m_predict && m_predict->isActive() && watched == m_editor && event->type() == QEvent::KeyPress) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
      (key == Qt::Key_PageDown ? m_actions->next : m_actions->back)->trigger();
      return true;
    }
  }
  // While the editor has focus, Space/arrows/PageUp/PageDown type and move
  // the caret; the window's stepping shortcuts must not steal them.
  if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) switch (key->key()) {
        case Qt::Key_Space:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_P:
          event->accept();
          return true;
        default:
          break;
      }
  }
  if (watched == m_editor && event->type() == QEvent::KeyPress &&
      static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
    m_stackView->setFocus();
    return true;
  }
  return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------- export

bool MainWindow::exportStepPng(const QString& path) {
  return grab().save(path, "PNG");
}

bool MainWindow::exportHandoutPdf(const QString& path, HandoutRange range, QString* error) {
  if (!m_ctl->isLoaded() || m_stale) {
    if (error) *error = tr("There is no finished run to export.");
    return false;
  }
  if (m_ctl->isExportingHandout() || !m_ctl->exportHandout(path, m_programName, range)) {
    if (error) *error = tr("A handout is being written already.");
    return false;
  }
  m_handoutDone = 0;
  m_handoutTotal = 0;
  updateBusyIndicator();
  updateActions();
  return true;
}

void MainWindow::onHandoutFinished(bool ok, const QString& pathOrError) {
  m_handoutDone = m_handoutTotal = 0;
  if (ok)
    statusBar()->showMessage(tr("Handout written: %1").arg(pathOrError), 5000);
  else
    showMessage(pathOrError, true);
  updateBusyIndicator();
  updateActions();
  Q_EMIT handoutExported(ok, pathOrError);
}

void MainWindow::exportPngInteractive() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export this step as PNG"),
                                                    QFileInfo(m_programName).baseName() + QStringLiteral("-step.png"),
                                                    tr("PNG images (*.png)"));
  if (!path.isEmpty() && !exportStepPng(path)) showMessage(tr("Cannot write %1.").arg(path), true);
}

void MainWindow::exportPdfInteractive() {
  if (!m_ctl->isLoaded()) return;
  const int steps = int(std::min<uint64_t>(m_ctl->stepCount(), INT32_MAX));
  const QStringList kinds = {tr("The moments: every yield and every resume"), tr("A range of steps")};
  bool ok = false;
  const QString kind =
      QInputDialog::getItem(this, tr("Handout"), tr("Which steps (several to a page)?"), kinds, 0, false, &ok);
  if (!ok) return;
  HandoutRange range{0, uint64_t(steps - 1), true};
  if (kind == kinds[1]) {
    const int first = QInputDialog::getInt(this, tr("Handout"), tr("First step:"), 1, 1, steps, 1, &ok);
    if (!ok) return;
    const int last =
        QInputDialog::getInt(this, tr("Handout"), tr("Last step:"), std::min(steps, first + 29), first, steps, 1, &ok);
    if (!ok) return;
    range = {uint64_t(first - 1), uint64_t(last - 1), false};
  }
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export handout"), QFileInfo(m_programName).baseName() + QStringLiteral("-handout.pdf"),
      tr("PDF (*.pdf)"));
  if (path.isEmpty()) return;
  QString error;
  if (!exportHandoutPdf(path, range, &error)) showMessage(error, true);
}

// ---------------------------------------------------------------- presentation, theme, settings

// Predict-next hides what would give the next step away: the cards' peek
// and the Ask dock (a question can run the program on).
void MainWindow::setPredictMode(bool on) {
  if (m_actions->predict->isChecked() != on) {
    m_actions->predict->setChecked(on);  // re-enters through toggled
    return;
  }
  if (on == m_predict->isActive()) return;
  m_predict->setActive(on);
  m_cards->setPeekEnabled(!on);
  if (QDockWidget* ask = findChild<QDockWidget*>(QStringLiteral("askDock"))) ask->widget()->setEnabled(!on);
  if (on) m_stackView->setFocus();  // keys step the program, not the caret
}

bool MainWindow::isPredictMode() const {
  return m_predict->isActive();
}

void MainWindow::setPresentationMode(bool on) {
  if (on == m_presentation) return;
  if (m_actions->presentation->isChecked() != on) m_actions->presentation->setChecked(on);
  m_presentation = on;
  if (on) {
    m_stateBeforePresentation = saveState();
    m_geometryBeforePresentation = saveGeometry();
    m_paletteBeforePresentation = palette();
    for (QDockWidget* d : m_docks)
      d->setVisible(d->objectName() == QLatin1String("generatorsDock") ||
                    d->objectName() == QLatin1String("memoryDock"));
    setPalette(highContrastPalette());
    m_editor->setDark(false);
    m_cards->setDark(false);
    m_memory->setDark(false);
    showFullScreen();
    if (screen()) setGeometry(screen()->geometry());  // also without a window manager (Xvfb, kiosk)
  } else {
    showNormal();
    setPalette(m_paletteBeforePresentation);
    restoreGeometry(m_geometryBeforePresentation);
    restoreState(m_stateBeforePresentation);
    // The docks' sizes are kept relative to the window: once the window
    // manager has really given the old size back, restore them once more.
    QTimer::singleShot(0, this, [this] {
      if (!m_presentation) restoreState(m_stateBeforePresentation);
    });
  }
  applySizes();
  if (on) {
    // Code stays the largest area: the memory chart takes a third of the
    // height, the cards a third of the width.
    const QSize room = screen() ? screen()->geometry().size() : size();
    for (QDockWidget* d : m_docks)
      if (d->objectName() == QLatin1String("memoryDock"))
        resizeDocks({d}, {room.height() / 3}, Qt::Vertical);
      else if (d->objectName() == QLatin1String("generatorsDock"))
        resizeDocks({d}, {room.width() / 3}, Qt::Horizontal);
  } else {
    applyTheme();
  }
}

// Every panel's type from one scale, so Ctrl+/Ctrl- grows the code, the
// cards, the narration, the output and the chart together. Presentation
// sizes are for a 1080-line projector and shrink with a smaller one (at
// 1280x720 the 1080p sizes left room for five lines of code).
void MainWindow::applySizes() {
  double k = 1.0;
  double ui = m_normalPointSize, code = 11, narration = 14, output = 10, chart = 1.0;
  if (m_presentation) {
    const int h = screen() ? screen()->geometry().height() : 1080;
    k = std::clamp(h / 1080.0, 0.6, 2.0);
    ui = 18 * k, code = 22 * k, narration = 24 * k, output = 16 * k, chart = 1.6 * k;
  }
  const double z = m_zoom;  // points added by Ctrl+/Ctrl-
  setFont(uiFont(std::max(6.0, ui + z)));
  m_editor->setBaseFontSize(int(std::lround(std::max(7.0, code + z))));
  m_cards->setPointSize(std::max(6.0, ui + z));
  m_output->setFont(monoFont(std::max(6.0, output + z)));
  m_memory->setFontScale(chart * std::max(0.6, (ui + z) / std::max(1.0, ui)));
  const QString colours = m_presentation ? QStringLiteral(" background: #003da5; color: white;") : QString();
  m_narration->setStyleSheet(QStringLiteral("QLabel#narration { padding: %1px %2px; font-size: %3pt;%4 }")
                                 .arg(m_presentation ? 8 : 6)
                                 .arg(m_presentation ? 14 : 10)
                                 .arg(std::max(7.0, narration + z), 0, 'f', 1)
                                 .arg(colours));
}

void MainWindow::applyTheme() {
  if (m_presentation) return;
  const bool dark = paletteIsDark(QApplication::palette());
  m_editor->setDark(dark);
  m_cards->setDark(dark);
  m_memory->setDark(dark);
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::ApplicationPaletteChange) applyTheme();
  QMainWindow::changeEvent(event);
}

QSize MainWindow::firstStartSize(QSize available) {
  const QSize room = available * 0.95;
  if (room.isEmpty()) return {1260, 680};
  return QSize(1800, 1000).boundedTo(room);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) && screen()) {
    // First start: a 1280x720 projector would otherwise hide the status bar
    // and its progress; a 1080p screen gives the code its room.
    resize(firstStartSize(screen()->availableGeometry().size()));
  }
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  m_recent = settings.value(QStringLiteral("files/recent")).toStringList();
  rebuildRecentMenu();
}

void MainWindow::saveSettings() {
  QSettings settings;
  if (m_presentation) setPresentationMode(false);
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("files/recent"), m_recent);
  settings.setValue(QStringLiteral("files/last"), m_filePath);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!maybeKeepEdits()) {
    event->ignore();
    return;
  }
  m_ctl->stop();
  saveSettings();
  m_autosave->discard();  // a clean exit: nothing to offer at the next start
  event->accept();
}

}  // namespace ys::ui
