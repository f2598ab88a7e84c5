# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QVBoxLayout, QWidget)

from itadesk.ui.main_window.measure_table_view import MeasureTableView
from itadesk.ui.main_window.status_summary import StatusSummary

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1400, 860)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionSetup = QAction(MainWindow)
        self.actionSetup.setObjectName(u"actionSetup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAddMeasure = QAction(MainWindow)
        self.actionAddMeasure.setObjectName(u"actionAddMeasure")
        self.actionDeleteMeasure = QAction(MainWindow)
        self.actionDeleteMeasure.setObjectName(u"actionDeleteMeasure")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionShowEditor = QAction(MainWindow)
        self.actionShowEditor.setObjectName(u"actionShowEditor")
        self.actionShowEditor.setCheckable(True)
        self.actionShowEditor.setChecked(True)
        self.actionStartNextYear = QAction(MainWindow)
        self.actionStartNextYear.setObjectName(u"actionStartNextYear")
        self.actionItaResult = QAction(MainWindow)
        self.actionItaResult.setObjectName(u"actionItaResult")
        self.actionYearContent = QAction(MainWindow)
        self.actionYearContent.setObjectName(u"actionYearContent")
        self.actionComposeMemo = QAction(MainWindow)
        self.actionComposeMemo.setObjectName(u"actionComposeMemo")
        self.actionPrintPlan = QAction(MainWindow)
        self.actionPrintPlan.setObjectName(u"actionPrintPlan")
        self.actionPrintProgress = QAction(MainWindow)
        self.actionPrintProgress.setObjectName(u"actionPrintProgress")
        self.actionPrintResults6 = QAction(MainWindow)
        self.actionPrintResults6.setObjectName(u"actionPrintResults6")
        self.actionPrintResults12 = QAction(MainWindow)
        self.actionPrintResults12.setObjectName(u"actionPrintResults12")
        self.actionPrintAnalysis = QAction(MainWindow)
        self.actionPrintAnalysis.setObjectName(u"actionPrintAnalysis")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.yearLabel = QLabel(self.centralwidget)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.centralwidget)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumSize(QSize(110, 0))

        self.topBar.addWidget(self.yearCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.filterLabel = QLabel(self.centralwidget)
        self.filterLabel.setObjectName(u"filterLabel")

        self.topBar.addWidget(self.filterLabel)

        self.statusFilter = QComboBox(self.centralwidget)
        self.statusFilter.setObjectName(u"statusFilter")

        self.topBar.addWidget(self.statusFilter)

        self.partFilter = QComboBox(self.centralwidget)
        self.partFilter.setObjectName(u"partFilter")

        self.topBar.addWidget(self.partFilter)

        self.unitFilter = QComboBox(self.centralwidget)
        self.unitFilter.setObjectName(u"unitFilter")

        self.topBar.addWidget(self.unitFilter)

        self.searchEdit = QLineEdit(self.centralwidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.topBar.addWidget(self.searchEdit)


        self.centralLayout.addLayout(self.topBar)

        self.tableButtons = QHBoxLayout()
        self.tableButtons.setObjectName(u"tableButtons")
        self.addMeasureButton = QPushButton(self.centralwidget)
        self.addMeasureButton.setObjectName(u"addMeasureButton")

        self.tableButtons.addWidget(self.addMeasureButton)

        self.deleteMeasureButton = QPushButton(self.centralwidget)
        self.deleteMeasureButton.setObjectName(u"deleteMeasureButton")

        self.tableButtons.addWidget(self.deleteMeasureButton)

        self.summaryBar = StatusSummary(self.centralwidget)
        self.summaryBar.setObjectName(u"summaryBar")

        self.tableButtons.addWidget(self.summaryBar)

        self.composeMemoButton = QPushButton(self.centralwidget)
        self.composeMemoButton.setObjectName(u"composeMemoButton")

        self.tableButtons.addWidget(self.composeMemoButton)

        self.editorButton = QPushButton(self.centralwidget)
        self.editorButton.setObjectName(u"editorButton")
        self.editorButton.setCheckable(True)

        self.tableButtons.addWidget(self.editorButton)


        self.centralLayout.addLayout(self.tableButtons)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tableSide = QWidget(self.splitter)
        self.tableSide.setObjectName(u"tableSide")
        self.tableLayout = QVBoxLayout(self.tableSide)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.measureTable = MeasureTableView(self.tableSide)
        self.measureTable.setObjectName(u"measureTable")

        self.tableLayout.addWidget(self.measureTable)

        self.splitter.addWidget(self.tableSide)
        self.editorHost = QWidget(self.splitter)
        self.editorHost.setObjectName(u"editorHost")
        self.editorLayout = QVBoxLayout(self.editorHost)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.editorHost)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuYear = QMenu(self.menubar)
        self.menuYear.setObjectName(u"menuYear")
        self.menuPrint = QMenu(self.menubar)
        self.menuPrint.setObjectName(u"menuPrint")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuYear.menuAction())
        self.menubar.addAction(self.menuPrint.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSetup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionAddMeasure)
        self.menuEdit.addAction(self.actionDeleteMeasure)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addAction(self.actionShowEditor)
        self.menuYear.addAction(self.actionStartNextYear)
        self.menuYear.addAction(self.actionItaResult)
        self.menuYear.addAction(self.actionYearContent)
        self.menuPrint.addAction(self.actionComposeMemo)
        self.menuPrint.addSeparator()
        self.menuPrint.addAction(self.actionPrintPlan)
        self.menuPrint.addAction(self.actionPrintProgress)
        self.menuPrint.addAction(self.actionPrintResults6)
        self.menuPrint.addAction(self.actionPrintResults12)
        self.menuPrint.addAction(self.actionPrintAnalysis)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ITA Desk", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e44\u0e1f\u0e25\u0e4c\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"\u0e2a\u0e33\u0e23\u0e2d\u0e07\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e2a\u0e33\u0e23\u0e2d\u0e07\u2026", None))
        self.actionSetup.setText(QCoreApplication.translate("MainWindow", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e41\u0e25\u0e30\u0e1a\u0e38\u0e04\u0e25\u0e32\u0e01\u0e23\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAddMeasure.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
#if QT_CONFIG(shortcut)
        self.actionAddMeasure.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteMeasure.setText(QCoreApplication.translate("MainWindow", u"\u0e25\u0e1a\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
#if QT_CONFIG(shortcut)
        self.actionDeleteMeasure.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u0e04\u0e49\u0e19\u0e2b\u0e32", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowEditor.setText(QCoreApplication.translate("MainWindow", u"\u0e41\u0e1c\u0e07\u0e41\u0e01\u0e49\u0e44\u0e02\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
#if QT_CONFIG(tooltip)
        self.actionShowEditor.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e41\u0e2a\u0e14\u0e07\u0e2b\u0e23\u0e37\u0e2d\u0e0b\u0e48\u0e2d\u0e19\u0e41\u0e1c\u0e07\u0e41\u0e01\u0e49\u0e44\u0e02\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e02\u0e49\u0e32\u0e07\u0e15\u0e32\u0e23\u0e32\u0e07 (Enter \u0e17\u0e35\u0e48\u0e41\u0e16\u0e27\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e1b\u0e34\u0e14\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e31\u0e49\u0e19\u0e43\u0e19\u0e41\u0e1c\u0e07)", None))
#endif // QT_CONFIG(tooltip)
        self.actionStartNextYear.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e16\u0e31\u0e14\u0e44\u0e1b\u2026", None))
        self.actionItaResult.setText(QCoreApplication.translate("MainWindow", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 ITA \u0e1b\u0e35\u0e17\u0e35\u0e48\u0e41\u0e25\u0e49\u0e27\u2026", None))
        self.actionYearContent.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e19\u0e37\u0e49\u0e2d\u0e2b\u0e32\u0e02\u0e2d\u0e07\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionYearContent.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23 \u0e1a\u0e17\u0e19\u0e33 \u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38 \u0e41\u0e25\u0e30\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e40\u0e02\u0e35\u0e22\u0e19\u0e40\u0e2d\u0e07 \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e19\u0e35\u0e49", None))
#endif // QT_CONFIG(tooltip)
        self.actionComposeMemo.setText(QCoreApplication.translate("MainWindow", u"\u0e17\u0e33\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionComposeMemo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrintPlan.setText(QCoreApplication.translate("MainWindow", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e40\u0e2a\u0e23\u0e34\u0e21\u0e04\u0e38\u0e13\u0e18\u0e23\u0e23\u0e21\u0e41\u0e25\u0e30\u0e04\u0e27\u0e32\u0e21\u0e42\u0e1b\u0e23\u0e48\u0e07\u0e43\u0e2a (\u0e41\u0e1c\u0e19)\u2026", None))
        self.actionPrintProgress.setText(QCoreApplication.translate("MainWindow", u"\u0e04\u0e27\u0e32\u0e21\u0e01\u0e49\u0e32\u0e27\u0e2b\u0e19\u0e49\u0e32\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e07\u0e32\u0e19\u2026", None))
        self.actionPrintResults6.setText(QCoreApplication.translate("MainWindow", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e25 \u0e23\u0e2d\u0e1a 6 \u0e40\u0e14\u0e37\u0e2d\u0e19\u2026", None))
        self.actionPrintResults12.setText(QCoreApplication.translate("MainWindow", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e25 \u0e23\u0e2d\u0e1a 12 \u0e40\u0e14\u0e37\u0e2d\u0e19\u2026", None))
        self.actionPrintAnalysis.setText(QCoreApplication.translate("MainWindow", u"\u0e01\u0e32\u0e23\u0e27\u0e34\u0e40\u0e04\u0e23\u0e32\u0e30\u0e2b\u0e4c\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19 ITA\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e01\u0e31\u0e1a\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.yearLabel.setText(QCoreApplication.translate("MainWindow", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
        self.filterLabel.setText(QCoreApplication.translate("MainWindow", u"\u0e41\u0e2a\u0e14\u0e07", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u0e04\u0e49\u0e19\u0e2b\u0e32\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u2026 (Ctrl+F)", None))
        self.addMeasureButton.setText(QCoreApplication.translate("MainWindow", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.deleteMeasureButton.setText(QCoreApplication.translate("MainWindow", u"\u0e25\u0e1a\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.composeMemoButton.setText(QCoreApplication.translate("MainWindow", u"\u0e17\u0e33\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u2026", None))
        self.editorButton.setText(QCoreApplication.translate("MainWindow", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
#if QT_CONFIG(tooltip)
        self.editorButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u0e41\u0e2a\u0e14\u0e07\u0e2b\u0e23\u0e37\u0e2d\u0e0b\u0e48\u0e2d\u0e19\u0e41\u0e1c\u0e07\u0e41\u0e01\u0e49\u0e44\u0e02\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e02\u0e49\u0e32\u0e07\u0e15\u0e32\u0e23\u0e32\u0e07 (Enter \u0e17\u0e35\u0e48\u0e41\u0e16\u0e27\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e40\u0e1b\u0e34\u0e14\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e19\u0e31\u0e49\u0e19\u0e43\u0e19\u0e41\u0e1c\u0e07)", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u0e41\u0e1f\u0e49\u0e21", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"\u0e41\u0e01\u0e49\u0e44\u0e02", None))
        self.menuYear.setTitle(QCoreApplication.translate("MainWindow", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13", None))
        self.menuPrint.setTitle(QCoreApplication.translate("MainWindow", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u0e0a\u0e48\u0e27\u0e22\u0e40\u0e2b\u0e25\u0e37\u0e2d", None))
    # retranslateUi

