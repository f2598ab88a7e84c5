# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_content_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

class Ui_DocumentContentPage(object):
    def setupUi(self, DocumentContentPage):
        if not DocumentContentPage.objectName():
            DocumentContentPage.setObjectName(u"DocumentContentPage")
        DocumentContentPage.resize(760, 420)
        self.pageForm = QFormLayout(DocumentContentPage)
        self.pageForm.setObjectName(u"pageForm")
        self.pageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(DocumentContentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DocumentContentPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.pageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.introductionLabel = QLabel(DocumentContentPage)
        self.introductionLabel.setObjectName(u"introductionLabel")

        self.pageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.introductionLabel)

        self.introductionEdit = QPlainTextEdit(DocumentContentPage)
        self.introductionEdit.setObjectName(u"introductionEdit")
        self.introductionEdit.setTabChangesFocus(True)

        self.pageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.introductionEdit)

        self.noteLabel = QLabel(DocumentContentPage)
        self.noteLabel.setObjectName(u"noteLabel")

        self.pageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(DocumentContentPage)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.pageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.titlePageLabel = QLabel(DocumentContentPage)
        self.titlePageLabel.setObjectName(u"titlePageLabel")

        self.pageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titlePageLabel)

        self.titlePageEdit = QPlainTextEdit(DocumentContentPage)
        self.titlePageEdit.setObjectName(u"titlePageEdit")
        self.titlePageEdit.setTabChangesFocus(True)

        self.pageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titlePageEdit)

        self.headingsLabel = QLabel(DocumentContentPage)
        self.headingsLabel.setObjectName(u"headingsLabel")

        self.pageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headingsLabel)

        self.headingsCombo = QComboBox(DocumentContentPage)
        self.headingsCombo.setObjectName(u"headingsCombo")

        self.pageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headingsCombo)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.introductionLabel.setBuddy(self.introductionEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.titlePageLabel.setBuddy(self.titlePageEdit)
        self.headingsLabel.setBuddy(self.headingsCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentContentPage)

        QMetaObject.connectSlotsByName(DocumentContentPage)
    # setupUi

    def retranslateUi(self, DocumentContentPage):
        self.titleLabel.setText(QCoreApplication.translate("DocumentContentPage", u"\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.introductionLabel.setText(QCoreApplication.translate("DocumentContentPage", u"\u0e1a\u0e17\u0e19\u0e33", None))
        self.introductionEdit.setPlaceholderText(QCoreApplication.translate("DocumentContentPage", u"\u0e22\u0e48\u0e2d\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e2b\u0e19\u0e37\u0e2d\u0e15\u0e32\u0e23\u0e32\u0e07 \u0e2b\u0e19\u0e36\u0e48\u0e07\u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e15\u0e48\u0e2d\u0e2b\u0e19\u0e36\u0e48\u0e07\u0e22\u0e48\u0e2d\u0e2b\u0e19\u0e49\u0e32 (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e16\u0e49\u0e32\u0e44\u0e21\u0e48\u0e21\u0e35)", None))
        self.noteLabel.setText(QCoreApplication.translate("DocumentContentPage", u"\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38\u0e43\u0e15\u0e49\u0e15\u0e32\u0e23\u0e32\u0e07", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DocumentContentPage", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2b\u0e21\u0e32\u0e22\u0e40\u0e2b\u0e15\u0e38 \u0e15\u0e49\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e43\u0e2b\u0e49\u0e04\u0e23\u0e1a \u0e51 \u0e1b\u0e35 (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e16\u0e49\u0e32\u0e44\u0e21\u0e48\u0e21\u0e35)", None))
        self.titlePageLabel.setText(QCoreApplication.translate("DocumentContentPage", u"\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01", None))
        self.titlePageEdit.setPlaceholderText(QCoreApplication.translate("DocumentContentPage", u"\u0e2b\u0e19\u0e49\u0e32\u0e02\u0e2d\u0e07\u0e15\u0e31\u0e27\u0e40\u0e2d\u0e07\u0e01\u0e48\u0e2d\u0e19\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19: \u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e41\u0e23\u0e01\u0e40\u0e1b\u0e47\u0e19\u0e0a\u0e37\u0e48\u0e2d\u0e40\u0e23\u0e37\u0e48\u0e2d\u0e07 \u0e1a\u0e23\u0e23\u0e17\u0e31\u0e14\u0e15\u0e48\u0e2d\u0e44\u0e1b\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e15\u0e49\u0e0a\u0e37\u0e48\u0e2d (\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e16\u0e49\u0e32\u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e2b\u0e19\u0e49\u0e32\u0e1b\u0e01)", None))
        self.headingsLabel.setText(QCoreApplication.translate("DocumentContentPage", u"\u0e2b\u0e31\u0e27\u0e02\u0e49\u0e2d\u0e01\u0e25\u0e38\u0e48\u0e21\u0e02\u0e2d\u0e07\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23", None))
        pass
    # retranslateUi

