# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QScrollArea, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.common.list_editor import ListEditor

class Ui_MeasureEditor(object):
    def setupUi(self, MeasureEditor):
        if not MeasureEditor.objectName():
            MeasureEditor.setObjectName(u"MeasureEditor")
        self.rootLayout = QVBoxLayout(MeasureEditor)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headingLabel = QLabel(MeasureEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.headingLabel)

        self.statusBox = QGroupBox(MeasureEditor)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QHBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")
        self.notStartedRadio = QRadioButton(self.statusBox)
        self.notStartedRadio.setObjectName(u"notStartedRadio")

        self.statusLayout.addWidget(self.notStartedRadio)

        self.inProgressRadio = QRadioButton(self.statusBox)
        self.inProgressRadio.setObjectName(u"inProgressRadio")

        self.statusLayout.addWidget(self.inProgressRadio)

        self.doneRadio = QRadioButton(self.statusBox)
        self.doneRadio.setObjectName(u"doneRadio")

        self.statusLayout.addWidget(self.doneRadio)


        self.rootLayout.addWidget(self.statusBox)

        self.tabs = QTabWidget(MeasureEditor)
        self.tabs.setObjectName(u"tabs")
        self.mainTab = QWidget()
        self.mainTab.setObjectName(u"mainTab")
        self.mainTabLayout = QVBoxLayout(self.mainTab)
        self.mainTabLayout.setObjectName(u"mainTabLayout")
        self.mainScroll = QScrollArea(self.mainTab)
        self.mainScroll.setObjectName(u"mainScroll")
        self.mainScroll.setWidgetResizable(True)
        self.mainScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mainScrollContents = QWidget()
        self.mainScrollContents.setObjectName(u"mainScrollContents")
        self.mainForm = QFormLayout(self.mainScrollContents)
        self.mainForm.setObjectName(u"mainForm")
        self.numberLabel = QLabel(self.mainScrollContents)
        self.numberLabel.setObjectName(u"numberLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.mainScrollContents)
        self.numberEdit.setObjectName(u"numberEdit")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.titleLabel = QLabel(self.mainScrollContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(self.mainScrollContents)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)
        self.titleEdit.setMaximumSize(QSize(16777215, 120))

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.partLabel = QLabel(self.mainScrollContents)
        self.partLabel.setObjectName(u"partLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partLabel)

        self.partCombo = QComboBox(self.mainScrollContents)
        self.partCombo.setObjectName(u"partCombo")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partCombo)

        self.indicatorLabel = QLabel(self.mainScrollContents)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorCombo = QComboBox(self.mainScrollContents)
        self.indicatorCombo.setObjectName(u"indicatorCombo")
        self.indicatorCombo.setEditable(True)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.indicatorCombo)

        self.sectionLabel = QLabel(self.mainScrollContents)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionEdit = QLineEdit(self.mainScrollContents)
        self.sectionEdit.setObjectName(u"sectionEdit")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sectionEdit)

        self.responsibleLabel = QLabel(self.mainScrollContents)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleList = ListEditor(self.mainScrollContents)
        self.responsibleList.setObjectName(u"responsibleList")
        self.responsibleList.setMinimumSize(QSize(0, 120))

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsibleList)

        self.periodLabel = QLabel(self.mainScrollContents)
        self.periodLabel.setObjectName(u"periodLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(self.mainScrollContents)
        self.periodEdit.setObjectName(u"periodEdit")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.startLabel = QLabel(self.mainScrollContents)
        self.startLabel.setObjectName(u"startLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = BeDateEdit(self.mainScrollContents)
        self.startDate.setObjectName(u"startDate")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(self.mainScrollContents)
        self.endLabel.setObjectName(u"endLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = BeDateEdit(self.mainScrollContents)
        self.endDate.setObjectName(u"endDate")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.monitoringLabel = QLabel(self.mainScrollContents)
        self.monitoringLabel.setObjectName(u"monitoringLabel")

        self.mainForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.monitoringLabel)

        self.monitoringEdit = QPlainTextEdit(self.mainScrollContents)
        self.monitoringEdit.setObjectName(u"monitoringEdit")
        self.monitoringEdit.setTabChangesFocus(True)
        self.monitoringEdit.setMaximumSize(QSize(16777215, 90))

        self.mainForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.monitoringEdit)

        self.reportingLabel = QLabel(self.mainScrollContents)
        self.reportingLabel.setObjectName(u"reportingLabel")

        self.mainForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reportingLabel)

        self.reportingEdit = QLineEdit(self.mainScrollContents)
        self.reportingEdit.setObjectName(u"reportingEdit")

        self.mainForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reportingEdit)

        self.mainScroll.setWidget(self.mainScrollContents)

        self.mainTabLayout.addWidget(self.mainScroll)

        self.tabs.addTab(self.mainTab, "")
        self.stepsTab = QWidget()
        self.stepsTab.setObjectName(u"stepsTab")
        self.stepsHolder = QVBoxLayout(self.stepsTab)
        self.stepsHolder.setObjectName(u"stepsHolder")
        self.tabs.addTab(self.stepsTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsHolder = QVBoxLayout(self.resultsTab)
        self.resultsHolder.setObjectName(u"resultsHolder")
        self.tabs.addTab(self.resultsTab, "")
        self.outcomeTab = QWidget()
        self.outcomeTab.setObjectName(u"outcomeTab")
        self.outcomeHolder = QVBoxLayout(self.outcomeTab)
        self.outcomeHolder.setObjectName(u"outcomeHolder")
        self.tabs.addTab(self.outcomeTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyHolder = QVBoxLayout(self.historyTab)
        self.historyHolder.setObjectName(u"historyHolder")
        self.tabs.addTab(self.historyTab, "")

        self.rootLayout.addWidget(self.tabs)


        self.retranslateUi(MeasureEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeasureEditor)
    # setupUi

    def retranslateUi(self, MeasureEditor):
        MeasureEditor.setWindowTitle(QCoreApplication.translate("MeasureEditor", u"\u0e41\u0e01\u0e49\u0e44\u0e02\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.headingLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.statusBox.setTitle(QCoreApplication.translate("MeasureEditor", u"\u0e2a\u0e16\u0e32\u0e19\u0e30 (\u0e01\u0e14 1 2 3 \u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07)", None))
        self.notStartedRadio.setText(QCoreApplication.translate("MeasureEditor", u"\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.inProgressRadio.setText(QCoreApplication.translate("MeasureEditor", u"\u0e2d\u0e22\u0e39\u0e48\u0e23\u0e30\u0e2b\u0e27\u0e48\u0e32\u0e07\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23", None))
        self.doneRadio.setText(QCoreApplication.translate("MeasureEditor", u"\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23\u0e41\u0e25\u0e49\u0e27", None))
        self.numberLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e25\u0e33\u0e14\u0e31\u0e1a\u0e17\u0e35\u0e48", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditor", u"\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07 = \u0e40\u0e23\u0e35\u0e22\u0e07\u0e40\u0e25\u0e02\u0e43\u0e2b\u0e49\u0e2d\u0e31\u0e15\u0e42\u0e19\u0e21\u0e31\u0e15\u0e34", None))
        self.titleLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditor", u"\u0e0a\u0e37\u0e48\u0e2d\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23/\u0e41\u0e19\u0e27\u0e17\u0e32\u0e07", None))
        self.partLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e2a\u0e48\u0e27\u0e19\u0e02\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e40\u0e21\u0e34\u0e19", None))
        self.indicatorLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14", None))
        self.sectionLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e2b\u0e21\u0e27\u0e14 (\u0e2b\u0e31\u0e27\u0e02\u0e49\u0e2d\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07)", None))
        self.responsibleLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", None))
        self.periodLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e23\u0e30\u0e22\u0e30\u0e40\u0e27\u0e25\u0e32 (\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21)", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditor", u"\u0e40\u0e0a\u0e48\u0e19 \u0e15.\u0e04. 65 \u2013 \u0e01.\u0e22. 66 \u0e2b\u0e23\u0e37\u0e2d\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e41\u0e25\u0e49\u0e27\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.startLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e27\u0e31\u0e19\u0e40\u0e23\u0e34\u0e48\u0e21", None))
        self.endLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e27\u0e31\u0e19\u0e2a\u0e34\u0e49\u0e19\u0e2a\u0e38\u0e14", None))
        self.monitoringLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e01\u0e32\u0e23\u0e01\u0e33\u0e01\u0e31\u0e1a\u0e15\u0e34\u0e14\u0e15\u0e32\u0e21", None))
        self.reportingLabel.setText(QCoreApplication.translate("MeasureEditor", u"\u0e01\u0e32\u0e23\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1c\u0e25", None))
        self.reportingEdit.setPlaceholderText(QCoreApplication.translate("MeasureEditor", u"\u0e40\u0e0a\u0e48\u0e19 \u0e23\u0e32\u0e22\u0e44\u0e15\u0e23\u0e21\u0e32\u0e2a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mainTab), QCoreApplication.translate("MeasureEditor", u"\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stepsTab), QCoreApplication.translate("MeasureEditor", u"\u0e02\u0e31\u0e49\u0e19\u0e15\u0e2d\u0e19", None))
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("MeasureEditor", u"\u0e1c\u0e25\u0e01\u0e32\u0e23\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e07\u0e32\u0e19", None))
        self.tabs.setTabText(self.tabs.indexOf(self.outcomeTab), QCoreApplication.translate("MeasureEditor", u"\u0e1c\u0e25\u0e25\u0e31\u0e1e\u0e18\u0e4c\u0e41\u0e25\u0e30\u0e2b\u0e25\u0e31\u0e01\u0e10\u0e32\u0e19", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("MeasureEditor", u"\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e2a\u0e16\u0e32\u0e19\u0e30", None))
    # retranslateUi

