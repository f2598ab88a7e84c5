# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'year_content_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_YearContentDialog(object):
    def setupUi(self, YearContentDialog):
        if not YearContentDialog.objectName():
            YearContentDialog.setObjectName(u"YearContentDialog")
        YearContentDialog.resize(860, 640)
        self.rootLayout = QVBoxLayout(YearContentDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(YearContentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.documentTabs = QTabWidget(YearContentDialog)
        self.documentTabs.setObjectName(u"documentTabs")

        self.rootLayout.addWidget(self.documentTabs)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.tablesLabel = QLabel(YearContentDialog)
        self.tablesLabel.setObjectName(u"tablesLabel")

        self.tablesLayout.addWidget(self.tablesLabel)

        self.omitEmptyColumnsCheck = QCheckBox(YearContentDialog)
        self.omitEmptyColumnsCheck.setObjectName(u"omitEmptyColumnsCheck")

        self.tablesLayout.addWidget(self.omitEmptyColumnsCheck)

        self.tablesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tablesLayout.addItem(self.tablesSpacer)


        self.rootLayout.addLayout(self.tablesLayout)

        self.memoLayout = QHBoxLayout()
        self.memoLayout.setObjectName(u"memoLayout")
        self.memoLabel = QLabel(YearContentDialog)
        self.memoLabel.setObjectName(u"memoLabel")

        self.memoLayout.addWidget(self.memoLabel)

        self.signPrefixCheck = QCheckBox(YearContentDialog)
        self.signPrefixCheck.setObjectName(u"signPrefixCheck")

        self.memoLayout.addWidget(self.signPrefixCheck)

        self.reportFirstCheck = QCheckBox(YearContentDialog)
        self.reportFirstCheck.setObjectName(u"reportFirstCheck")

        self.memoLayout.addWidget(self.reportFirstCheck)

        self.memoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memoLayout.addItem(self.memoSpacer)


        self.rootLayout.addLayout(self.memoLayout)

        self.problemLabel = QLabel(YearContentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c62828;")
        self.problemLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(YearContentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)


        self.retranslateUi(YearContentDialog)

        QMetaObject.connectSlotsByName(YearContentDialog)
    # setupUi

    def retranslateUi(self, YearContentDialog):
        YearContentDialog.setWindowTitle(QCoreApplication.translate("YearContentDialog", u"\u0e40\u0e19\u0e37\u0e49\u0e2d\u0e2b\u0e32\u0e02\u0e2d\u0e07\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23 \u2014 ITA Desk", None))
        self.introLabel.setText(QCoreApplication.translate("YearContentDialog", u"\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e40\u0e02\u0e35\u0e22\u0e19\u0e40\u0e2d\u0e07\u0e43\u0e19\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13\u0e19\u0e35\u0e49 \u0e0a\u0e48\u0e2d\u0e07\u0e17\u0e35\u0e48\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e08\u0e30\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e15\u0e32\u0e21\u0e17\u0e35\u0e48\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21\u0e01\u0e33\u0e2b\u0e19\u0e14", None))
        self.tablesLabel.setText(QCoreApplication.translate("YearContentDialog", u"\u0e15\u0e32\u0e23\u0e32\u0e07\u0e02\u0e2d\u0e07\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e1b\u0e35\u0e19\u0e35\u0e49:", None))
        self.omitEmptyColumnsCheck.setText(QCoreApplication.translate("YearContentDialog", u"\u0e44\u0e21\u0e48\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e04\u0e2d\u0e25\u0e31\u0e21\u0e19\u0e4c\u0e17\u0e35\u0e48\u0e44\u0e21\u0e48\u0e21\u0e35\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e43\u0e14\u0e01\u0e23\u0e2d\u0e01 (\u0e40\u0e0a\u0e48\u0e19 \u0e23\u0e30\u0e22\u0e30\u0e40\u0e27\u0e25\u0e32\u0e14\u0e33\u0e40\u0e19\u0e34\u0e19\u0e01\u0e32\u0e23 \u0e01\u0e32\u0e23\u0e01\u0e33\u0e01\u0e31\u0e1a\u0e15\u0e34\u0e14\u0e15\u0e32\u0e21)", None))
#if QT_CONFIG(tooltip)
        self.omitEmptyColumnsCheck.setToolTip(QCoreApplication.translate("YearContentDialog", u"\u0e04\u0e2d\u0e25\u0e31\u0e21\u0e19\u0e4c\u0e17\u0e35\u0e48\u0e17\u0e38\u0e01\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e40\u0e27\u0e49\u0e19\u0e27\u0e48\u0e32\u0e07\u0e44\u0e27\u0e49\u0e08\u0e30\u0e44\u0e21\u0e48\u0e1e\u0e34\u0e21\u0e1e\u0e4c \u0e41\u0e25\u0e30\u0e04\u0e2d\u0e25\u0e31\u0e21\u0e19\u0e4c\u0e2d\u0e37\u0e48\u0e19\u0e08\u0e30\u0e01\u0e27\u0e49\u0e32\u0e07\u0e02\u0e36\u0e49\u0e19\u0e41\u0e17\u0e19 \u0e04\u0e2d\u0e25\u0e31\u0e21\u0e19\u0e4c\u0e17\u0e35\u0e48\u0e21\u0e35\u0e21\u0e32\u0e15\u0e23\u0e01\u0e32\u0e23\u0e01\u0e23\u0e2d\u0e01\u0e41\u0e21\u0e49\u0e40\u0e1e\u0e35\u0e22\u0e07\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23\u0e40\u0e14\u0e35\u0e22\u0e27\u0e22\u0e31\u0e07\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e2a\u0e21\u0e2d", None))
#endif // QT_CONFIG(tooltip)
        self.memoLabel.setText(QCoreApplication.translate("YearContentDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21\u0e02\u0e2d\u0e07\u0e1b\u0e35\u0e19\u0e35\u0e49:", None))
        self.signPrefixCheck.setText(QCoreApplication.translate("YearContentDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c \u201c(\u0e25\u0e07\u0e0a\u0e37\u0e48\u0e2d)\u201d \u0e2b\u0e19\u0e49\u0e32\u0e25\u0e32\u0e22\u0e21\u0e37\u0e2d\u0e0a\u0e37\u0e48\u0e2d", None))
        self.reportFirstCheck.setText(QCoreApplication.translate("YearContentDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e41\u0e19\u0e1a\u0e44\u0e27\u0e49\u0e01\u0e48\u0e2d\u0e19\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21 (\u0e1b\u0e01\u0e15\u0e34\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e15\u0e48\u0e2d\u0e17\u0e49\u0e32\u0e22)", None))
    # retranslateUi

