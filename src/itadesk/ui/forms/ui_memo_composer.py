# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'memo_composer.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSplitter, QVBoxLayout,
    QWidget)

from itadesk.ui.common.be_date_edit import BeDateEdit
from itadesk.ui.memo.approvals_editor import ApprovalsEditor

class Ui_MemoComposer(object):
    def setupUi(self, MemoComposer):
        if not MemoComposer.objectName():
            MemoComposer.setObjectName(u"MemoComposer")
        MemoComposer.resize(1400, 900)
        self.rootLayout = QVBoxLayout(MemoComposer)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(MemoComposer)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setMinimumSize(QSize(520, 0))
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.form = QFormLayout(self.formContents)
        self.form.setObjectName(u"form")
        self.memoLabel = QLabel(self.formContents)
        self.memoLabel.setObjectName(u"memoLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memoLabel)

        self.memoRow = QHBoxLayout()
        self.memoRow.setObjectName(u"memoRow")
        self.memoCombo = QComboBox(self.formContents)
        self.memoCombo.setObjectName(u"memoCombo")

        self.memoRow.addWidget(self.memoCombo)

        self.newMemoButton = QPushButton(self.formContents)
        self.newMemoButton.setObjectName(u"newMemoButton")

        self.memoRow.addWidget(self.newMemoButton)

        self.deleteMemoButton = QPushButton(self.formContents)
        self.deleteMemoButton.setObjectName(u"deleteMemoButton")

        self.memoRow.addWidget(self.deleteMemoButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.memoRow)

        self.earlierLabel = QLabel(self.formContents)
        self.earlierLabel.setObjectName(u"earlierLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.earlierLabel)

        self.earlierRow = QHBoxLayout()
        self.earlierRow.setObjectName(u"earlierRow")
        self.earlierCombo = QComboBox(self.formContents)
        self.earlierCombo.setObjectName(u"earlierCombo")

        self.earlierRow.addWidget(self.earlierCombo)

        self.fromEarlierButton = QPushButton(self.formContents)
        self.fromEarlierButton.setObjectName(u"fromEarlierButton")

        self.earlierRow.addWidget(self.fromEarlierButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.earlierRow)

        self.templateLabel = QLabel(self.formContents)
        self.templateLabel.setObjectName(u"templateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateCombo = QComboBox(self.formContents)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateRow.addWidget(self.templateCombo)

        self.applyTemplateButton = QPushButton(self.formContents)
        self.applyTemplateButton.setObjectName(u"applyTemplateButton")

        self.templateRow.addWidget(self.applyTemplateButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.templateRow)

        self.authorLabel = QLabel(self.formContents)
        self.authorLabel.setObjectName(u"authorLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorCombo = QComboBox(self.formContents)
        self.authorCombo.setObjectName(u"authorCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorCombo)

        self.approvalsLabel = QLabel(self.formContents)
        self.approvalsLabel.setObjectName(u"approvalsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approvalsLabel)

        self.approvalsEditor = ApprovalsEditor(self.formContents)
        self.approvalsEditor.setObjectName(u"approvalsEditor")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approvalsEditor)

        self.attachLabel = QLabel(self.formContents)
        self.attachLabel.setObjectName(u"attachLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attachLabel)

        self.attachCombo = QComboBox(self.formContents)
        self.attachCombo.setObjectName(u"attachCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.attachCombo)

        self.unitLabel = QLabel(self.formContents)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.formContents)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.numberLabel = QLabel(self.formContents)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.formContents)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(self.formContents)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = BeDateEdit(self.formContents)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.subjectLabel = QLabel(self.formContents)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(self.formContents)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)
        self.subjectEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.toLabel = QLabel(self.formContents)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(self.formContents)
        self.toEdit.setObjectName(u"toEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.viaLabel = QLabel(self.formContents)
        self.viaLabel.setObjectName(u"viaLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.viaLabel)

        self.viaEdit = QLineEdit(self.formContents)
        self.viaEdit.setObjectName(u"viaEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.viaEdit)

        self.bodyLabel = QLabel(self.formContents)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.formContents)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.formScroll.setWidget(self.formContents)
        self.splitter.addWidget(self.formScroll)
        self.previewHost = QWidget(self.splitter)
        self.previewHost.setObjectName(u"previewHost")
        self.previewLayout = QVBoxLayout(self.previewHost)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.previewHost)

        self.rootLayout.addWidget(self.splitter)

        self.hintLabel = QLabel(MemoComposer)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.hintLabel)


        self.retranslateUi(MemoComposer)

        QMetaObject.connectSlotsByName(MemoComposer)
    # setupUi

    def retranslateUi(self, MemoComposer):
        MemoComposer.setWindowTitle(QCoreApplication.translate("MemoComposer", u"\u0e17\u0e33\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
        self.memoLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
        self.newMemoButton.setText(QCoreApplication.translate("MemoComposer", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e2b\u0e21\u0e48", None))
        self.deleteMemoButton.setText(QCoreApplication.translate("MemoComposer", u"\u0e25\u0e1a\u0e09\u0e1a\u0e31\u0e1a\u0e19\u0e35\u0e49", None))
        self.earlierLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e08\u0e32\u0e01\u0e09\u0e1a\u0e31\u0e1a\u0e01\u0e48\u0e2d\u0e19", None))
#if QT_CONFIG(tooltip)
        self.earlierCombo.setToolTip(QCoreApplication.translate("MemoComposer", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e19\u0e35\u0e49\u0e41\u0e25\u0e30\u0e1b\u0e35\u0e01\u0e48\u0e2d\u0e19: \u0e09\u0e1a\u0e31\u0e1a\u0e43\u0e2b\u0e21\u0e48\u0e43\u0e0a\u0e49\u0e1c\u0e39\u0e49\u0e43\u0e2b\u0e49\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2b\u0e47\u0e19\u0e0a\u0e38\u0e14\u0e40\u0e14\u0e34\u0e21 \u0e41\u0e25\u0e30\u0e40\u0e25\u0e37\u0e48\u0e2d\u0e19\u0e23\u0e2d\u0e1a\u0e2b\u0e23\u0e37\u0e2d\u0e1b\u0e35\u0e43\u0e19\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e43\u0e2b\u0e49", None))
#endif // QT_CONFIG(tooltip)
        self.fromEarlierButton.setText(QCoreApplication.translate("MemoComposer", u"\u0e17\u0e33\u0e09\u0e1a\u0e31\u0e1a\u0e43\u0e2b\u0e21\u0e48\u0e08\u0e32\u0e01\u0e09\u0e1a\u0e31\u0e1a\u0e19\u0e35\u0e49", None))
        self.templateLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e2a\u0e33\u0e40\u0e23\u0e47\u0e08\u0e23\u0e39\u0e1b", None))
        self.applyTemplateButton.setText(QCoreApplication.translate("MemoComposer", u"\u0e43\u0e2a\u0e48\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
        self.authorLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e19\u0e2d (\u0e25\u0e07\u0e19\u0e32\u0e21)", None))
        self.approvalsLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e1c\u0e39\u0e49\u0e43\u0e2b\u0e49\u0e04\u0e27\u0e32\u0e21\u0e40\u0e2b\u0e47\u0e19\u0e15\u0e32\u0e21\u0e25\u0e33\u0e14\u0e31\u0e1a", None))
        self.attachLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e41\u0e19\u0e1a\u0e17\u0e49\u0e32\u0e22", None))
        self.unitLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23", None))
        self.numberLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e17\u0e35\u0e48 (\u0e40\u0e25\u0e02\u0e2b\u0e19\u0e31\u0e07\u0e2a\u0e37\u0e2d)", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e40\u0e02\u0e35\u0e22\u0e19\u0e14\u0e49\u0e27\u0e22\u0e21\u0e37\u0e2d\u0e2b\u0e25\u0e31\u0e07\u0e25\u0e07\u0e17\u0e30\u0e40\u0e1a\u0e35\u0e22\u0e19", None))
        self.dateLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48", None))
        self.subjectLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07", None))
        self.toLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e23\u0e35\u0e22\u0e19", None))
        self.toEdit.setPlaceholderText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e32\u0e22\u0e01\u0e2d\u0e07\u0e04\u0e4c\u0e01\u0e32\u0e23\u0e1a\u0e23\u0e34\u0e2b\u0e32\u0e23\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e33\u0e1a\u0e25\u2026", None))
        self.viaLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e1c\u0e48\u0e32\u0e19", None))
        self.viaEdit.setPlaceholderText(QCoreApplication.translate("MemoComposer", u"\u0e40\u0e0a\u0e48\u0e19 \u0e1b\u0e25\u0e31\u0e14 \u0e2d\u0e1a\u0e15. (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e14\u0e49)", None))
        self.bodyLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("MemoComposer", u"\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e04\u0e37\u0e2d\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e22\u0e48\u0e2d\u0e2b\u0e19\u0e49\u0e32 \u0e01\u0e14 Enter \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e02\u0e36\u0e49\u0e19\u0e22\u0e48\u0e2d\u0e2b\u0e19\u0e49\u0e32\u0e43\u0e2b\u0e21\u0e48", None))
        self.hintLabel.setText(QCoreApplication.translate("MemoComposer", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e2d\u0e31\u0e15\u0e42\u0e19\u0e21\u0e31\u0e15\u0e34\u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e17\u0e35\u0e48\u0e41\u0e01\u0e49\u0e44\u0e02 \u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e17\u0e32\u0e07\u0e02\u0e27\u0e32\u0e08\u0e30\u0e1b\u0e23\u0e31\u0e1a\u0e15\u0e32\u0e21\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
    # retranslateUi

