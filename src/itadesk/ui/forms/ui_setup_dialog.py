# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from itadesk.ui.common.list_editor import ListEditor

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(900, 640)
        self.rootLayout = QVBoxLayout(SetupDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(SetupDialog)
        self.tabs.setObjectName(u"tabs")
        self.orgTab = QWidget()
        self.orgTab.setObjectName(u"orgTab")
        self.orgForm = QFormLayout(self.orgTab)
        self.orgForm.setObjectName(u"orgForm")
        self.nameLabel = QLabel(self.orgTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.orgTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.orgTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.orgTab)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.districtLabel = QLabel(self.orgTab)
        self.districtLabel.setObjectName(u"districtLabel")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(self.orgTab)
        self.districtEdit.setObjectName(u"districtEdit")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.provinceLabel = QLabel(self.orgTab)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.orgForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(self.orgTab)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.orgForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.documentCodeLabel = QLabel(self.orgTab)
        self.documentCodeLabel.setObjectName(u"documentCodeLabel")

        self.orgForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.documentCodeLabel)

        self.documentCodeEdit = QLineEdit(self.orgTab)
        self.documentCodeEdit.setObjectName(u"documentCodeEdit")

        self.orgForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentCodeEdit)

        self.phoneLabel = QLabel(self.orgTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.orgForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.orgTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.orgForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.websiteLabel = QLabel(self.orgTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.orgForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.orgTab)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.orgForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.digitsLabel = QLabel(self.orgTab)
        self.digitsLabel.setObjectName(u"digitsLabel")

        self.orgForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.digitsLabel)

        self.digitsRow = QHBoxLayout()
        self.digitsRow.setObjectName(u"digitsRow")
        self.thaiDigitsRadio = QRadioButton(self.orgTab)
        self.thaiDigitsRadio.setObjectName(u"thaiDigitsRadio")
        self.thaiDigitsRadio.setChecked(True)

        self.digitsRow.addWidget(self.thaiDigitsRadio)

        self.arabicDigitsRadio = QRadioButton(self.orgTab)
        self.arabicDigitsRadio.setObjectName(u"arabicDigitsRadio")

        self.digitsRow.addWidget(self.arabicDigitsRadio)


        self.orgForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.digitsRow)

        self.emblemLabel = QLabel(self.orgTab)
        self.emblemLabel.setObjectName(u"emblemLabel")

        self.orgForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emblemLabel)

        self.emblemRow = QHBoxLayout()
        self.emblemRow.setObjectName(u"emblemRow")
        self.emblemPreview = QLabel(self.orgTab)
        self.emblemPreview.setObjectName(u"emblemPreview")
        self.emblemPreview.setMinimumSize(QSize(90, 90))
        self.emblemPreview.setFrameShape(QFrame.Shape.Box)
        self.emblemPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emblemRow.addWidget(self.emblemPreview)

        self.emblemButton = QPushButton(self.orgTab)
        self.emblemButton.setObjectName(u"emblemButton")

        self.emblemRow.addWidget(self.emblemButton)

        self.emblemClearButton = QPushButton(self.orgTab)
        self.emblemClearButton.setObjectName(u"emblemClearButton")

        self.emblemRow.addWidget(self.emblemClearButton)

        self.emblemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emblemRow.addItem(self.emblemSpacer)


        self.orgForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.emblemRow)

        self.tabs.addTab(self.orgTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsHint = QLabel(self.unitsTab)
        self.unitsHint.setObjectName(u"unitsHint")
        self.unitsHint.setWordWrap(True)

        self.unitsLayout.addWidget(self.unitsHint)

        self.unitsList = ListEditor(self.unitsTab)
        self.unitsList.setObjectName(u"unitsList")

        self.unitsLayout.addWidget(self.unitsList)

        self.tabs.addTab(self.unitsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleHint = QLabel(self.peopleTab)
        self.peopleHint.setObjectName(u"peopleHint")
        self.peopleHint.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleHint)

        self.peopleTable = QTableWidget(self.peopleTab)
        self.peopleTable.setObjectName(u"peopleTable")

        self.peopleLayout.addWidget(self.peopleTable)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPersonButton = QPushButton(self.peopleTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleButtons.addWidget(self.addPersonButton)

        self.removePersonButton = QPushButton(self.peopleTab)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.peopleButtons.addWidget(self.removePersonButton)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")

        self.rootLayout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.importInsteadButton = QPushButton(SetupDialog)
        self.importInsteadButton.setObjectName(u"importInsteadButton")

        self.bottomRow.addWidget(self.importInsteadButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.rootLayout.addLayout(self.bottomRow)


        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 \u2014 ITA Desk", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19\u0e04\u0e23\u0e31\u0e49\u0e07\u0e41\u0e23\u0e01: \u0e01\u0e23\u0e2d\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 \u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23 \u0e41\u0e25\u0e30\u0e1a\u0e38\u0e04\u0e25\u0e32\u0e01\u0e23\u0e17\u0e35\u0e48\u0e25\u0e07\u0e19\u0e32\u0e21\u0e43\u0e19\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e04\u0e27\u0e32\u0e21", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2d\u0e07\u0e04\u0e4c\u0e01\u0e32\u0e23\u0e1a\u0e23\u0e34\u0e2b\u0e32\u0e23\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e33\u0e1a\u0e25\u0e25\u0e32\u0e42\u0e25\u0e30", None))
        self.shortNameLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e22\u0e48\u0e2d", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2d\u0e1a\u0e15.\u0e25\u0e32\u0e42\u0e25\u0e30", None))
        self.districtLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e2d\u0e33\u0e40\u0e20\u0e2d", None))
        self.provinceLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
        self.documentCodeLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e23\u0e2b\u0e31\u0e2a\u0e2b\u0e19\u0e31\u0e07\u0e2a\u0e37\u0e2d (\u0e17\u0e35\u0e48)", None))
        self.documentCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e18 \u0e57\u0e53\u0e54\u0e50\u0e51", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c", None))
        self.websiteLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e27\u0e47\u0e1a\u0e44\u0e0b\u0e15\u0e4c", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"https://\u2026", None))
        self.digitsLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e15\u0e31\u0e27\u0e40\u0e25\u0e02\u0e43\u0e19\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.thaiDigitsRadio.setText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e25\u0e02\u0e44\u0e17\u0e22 (\u0e51 \u0e52 \u0e53)", None))
        self.arabicDigitsRadio.setText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e25\u0e02\u0e2d\u0e32\u0e23\u0e1a\u0e34\u0e01 (1 2 3)", None))
        self.emblemLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0e15\u0e23\u0e32\u0e04\u0e23\u0e38\u0e11", None))
        self.emblemPreview.setText(QCoreApplication.translate("SetupDialog", u"\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.emblemButton.setText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e23\u0e39\u0e1b\u0e15\u0e23\u0e32\u0e04\u0e23\u0e38\u0e11 (PNG \u0e2b\u0e23\u0e37\u0e2d SVG)\u2026", None))
        self.emblemClearButton.setText(QCoreApplication.translate("SetupDialog", u"\u0e44\u0e21\u0e48\u0e43\u0e0a\u0e49\u0e23\u0e39\u0e1b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.orgTab), QCoreApplication.translate("SetupDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.unitsHint.setText(QCoreApplication.translate("SetupDialog", u"\u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23\u0e20\u0e32\u0e22\u0e43\u0e19 \u0e40\u0e0a\u0e48\u0e19 \u0e2a\u0e33\u0e19\u0e31\u0e01\u0e1b\u0e25\u0e31\u0e14 \u0e01\u0e2d\u0e07\u0e04\u0e25\u0e31\u0e07 \u0e01\u0e2d\u0e07\u0e0a\u0e48\u0e32\u0e07", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("SetupDialog", u"\u0e2a\u0e48\u0e27\u0e19\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23/\u0e01\u0e2d\u0e07", None))
        self.peopleHint.setText(QCoreApplication.translate("SetupDialog", u"\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e19\u0e15\u0e32\u0e23\u0e32\u0e07\u0e44\u0e14\u0e49\u0e40\u0e25\u0e22 \u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07 \u201c\u0e23\u0e31\u0e01\u0e29\u0e32\u0e23\u0e32\u0e0a\u0e01\u0e32\u0e23\u0e41\u0e17\u0e19\u201d \u0e43\u0e2a\u0e48\u0e40\u0e21\u0e37\u0e48\u0e2d\u0e21\u0e35", None))
        self.addPersonButton.setText(QCoreApplication.translate("SetupDialog", u"\u0e40\u0e1e\u0e34\u0e48\u0e21\u0e1a\u0e38\u0e04\u0e04\u0e25", None))
        self.removePersonButton.setText(QCoreApplication.translate("SetupDialog", u"\u0e25\u0e1a\u0e1a\u0e38\u0e04\u0e04\u0e25\u0e17\u0e35\u0e48\u0e40\u0e25\u0e37\u0e2d\u0e01", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("SetupDialog", u"\u0e1a\u0e38\u0e04\u0e25\u0e32\u0e01\u0e23", None))
        self.importInsteadButton.setText(QCoreApplication.translate("SetupDialog", u"\u0e19\u0e33\u0e40\u0e02\u0e49\u0e32\u0e08\u0e32\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e41\u0e17\u0e19\u2026", None))
    # retranslateUi

