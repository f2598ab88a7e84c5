# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_editor_pages.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from itadesk.ui.common.list_editor import ListEditor
from itadesk.ui.measure_editor.results_editor import ResultsEditor

class Ui_MeasureEditorPages(object):
    def setupUi(self, MeasureEditorPages):
        if not MeasureEditorPages.objectName():
            MeasureEditorPages.setObjectName(u"MeasureEditorPages")
        self.pagesLayout = QVBoxLayout(MeasureEditorPages)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.stepsPage = QWidget(MeasureEditorPages)
        self.stepsPage.setObjectName(u"stepsPage")
        self.stepsLayout = QVBoxLayout(self.stepsPage)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, 0, 0, 0)
        self.stepsList = ListEditor(self.stepsPage)
        self.stepsList.setObjectName(u"stepsList")

        self.stepsLayout.addWidget(self.stepsList)


        self.pagesLayout.addWidget(self.stepsPage)

        self.resultsPage = QWidget(MeasureEditorPages)
        self.resultsPage.setObjectName(u"resultsPage")
        self.resultsLayout = QVBoxLayout(self.resultsPage)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsEditor = ResultsEditor(self.resultsPage)
        self.resultsEditor.setObjectName(u"resultsEditor")

        self.resultsLayout.addWidget(self.resultsEditor)


        self.pagesLayout.addWidget(self.resultsPage)

        self.outcomePage = QWidget(MeasureEditorPages)
        self.outcomePage.setObjectName(u"outcomePage")
        self.outcomeForm = QFormLayout(self.outcomePage)
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setContentsMargins(0, 0, 0, 0)
        self.outcomeLabel = QLabel(self.outcomePage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(self.outcomePage)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.problemsLabel = QLabel(self.outcomePage)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(self.outcomePage)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problemsEdit)

        self.suggestionsLabel = QLabel(self.outcomePage)
        self.suggestionsLabel.setObjectName(u"suggestionsLabel")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.suggestionsLabel)

        self.suggestionsEdit = QPlainTextEdit(self.outcomePage)
        self.suggestionsEdit.setObjectName(u"suggestionsEdit")
        self.suggestionsEdit.setTabChangesFocus(True)

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.suggestionsEdit)

        self.evidenceLabel = QLabel(self.outcomePage)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceList = ListEditor(self.outcomePage)
        self.evidenceList.setObjectName(u"evidenceList")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidenceList)


        self.pagesLayout.addWidget(self.outcomePage)

        self.historyPage = QWidget(MeasureEditorPages)
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyList = QListWidget(self.historyPage)
        self.historyList.setObjectName(u"historyList")

        self.historyLayout.addWidget(self.historyList)


        self.pagesLayout.addWidget(self.historyPage)


        self.retranslateUi(MeasureEditorPages)

        QMetaObject.connectSlotsByName(MeasureEditorPages)
    # setupUi

    def retranslateUi(self, MeasureEditorPages):
        self.outcomeLabel.setText(QCoreApplication.translate("MeasureEditorPages", u"\u0e1c\u0e25\u0e25\u0e31\u0e1e\u0e18\u0e4c/\u0e04\u0e27\u0e32\u0e21\u0e2a\u0e33\u0e40\u0e23\u0e47\u0e08", None))
        self.problemsLabel.setText(QCoreApplication.translate("MeasureEditorPages", u"\u0e1b\u0e31\u0e0d\u0e2b\u0e32/\u0e2d\u0e38\u0e1b\u0e2a\u0e23\u0e23\u0e04", None))
        self.problemsEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditorPages", u"\u0e16\u0e49\u0e32\u0e44\u0e21\u0e48\u0e21\u0e35 \u0e1e\u0e34\u0e21\u0e1e\u0e4c \u0e44\u0e21\u0e48\u0e21\u0e35 \u0e2b\u0e23\u0e37\u0e2d -", None))
        self.suggestionsLabel.setText(QCoreApplication.translate("MeasureEditorPages", u"\u0e02\u0e49\u0e2d\u0e40\u0e2a\u0e19\u0e2d\u0e41\u0e19\u0e30", None))
        self.suggestionsEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditorPages", u"\u0e16\u0e49\u0e32\u0e44\u0e21\u0e48\u0e21\u0e35 \u0e1e\u0e34\u0e21\u0e1e\u0e4c \u0e44\u0e21\u0e48\u0e21\u0e35 \u0e2b\u0e23\u0e37\u0e2d -", None))
        self.evidenceLabel.setText(QCoreApplication.translate("MeasureEditorPages", u"\u0e2b\u0e25\u0e31\u0e01\u0e10\u0e32\u0e19/\u0e25\u0e34\u0e07\u0e01\u0e4c", None))
        pass
    # retranslateUi

