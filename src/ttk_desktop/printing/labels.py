"""Printed texts in Turkish, Arabic and English, side by side on every sheet.

A printed sheet carries two languages whatever the interface language is, so
these are content of the document (like a bilingual form's wording), kept here
keyed by language rather than in the UI's Qt catalogue. Placeholders use
``{name}`` and are filled with :func:`text`.
"""

from __future__ import annotations

from ttk_desktop.core import vocab

LABELS: dict[str, dict[str, str]] = {
    "attendance_title": {
        "tr": "YOKLAMA LİSTESİ",
        "ar": "كشف الحضور",
        "en": "ATTENDANCE SHEET",
    },
    "roster_title": {
        "tr": "GRUP ÜYE LİSTESİ",
        "ar": "قائمة أعضاء المجموعة",
        "en": "GROUP ROSTER",
    },
    "registration_title": {
        "tr": "KATILIMCI KAYIT FORMU",
        "ar": "استمارة تسجيل المشارك",
        "en": "PARTICIPANT REGISTRATION FORM",
    },
    "group": {"tr": "Grup", "ar": "المجموعة", "en": "Group"},
    "activity": {"tr": "Faaliyet türü", "ar": "نوع النشاط", "en": "Activity type"},
    "date": {"tr": "Tarih", "ar": "التاريخ", "en": "Date"},
    "time": {"tr": "Saat", "ar": "الوقت", "en": "Time"},
    "topic": {"tr": "Konu", "ar": "الموضوع", "en": "Topic"},
    "place": {"tr": "Yer", "ar": "المكان", "en": "Place"},
    "facilitator": {"tr": "Kolaylaştırıcı", "ar": "الميسّر", "en": "Facilitator"},
    "session_id": {"tr": "Oturum no / kod", "ar": "رقم الجلسة / الرمز", "en": "Session no. / code"},
    "group_id": {"tr": "Grup no / kod", "ar": "رقم المجموعة / الرمز", "en": "Group no. / code"},
    "period": {"tr": "Başlangıç – bitiş", "ar": "البداية – النهاية", "en": "Start – end"},
    "members": {"tr": "Üye sayısı", "ar": "عدد الأعضاء", "en": "Members"},
    "no": {"tr": "No", "ar": "رقم", "en": "No."},
    "name": {"tr": "Ad Soyad", "ar": "الاسم والكنية", "en": "Name"},
    "register_no": {"tr": "Kayıt no", "ar": "رقم التسجيل", "en": "Register no."},
    "phone": {"tr": "Telefon", "ar": "الهاتف", "en": "Phone"},
    "birth_date": {"tr": "Doğum tarihi", "ar": "تاريخ الميلاد", "en": "Birth date"},
    "nationality": {"tr": "Uyruk", "ar": "الجنسية", "en": "Nationality"},
    "gender": {"tr": "Cinsiyet", "ar": "الجنس", "en": "Gender"},
    "signature": {"tr": "İmza", "ar": "التوقيع", "en": "Signature"},
    "notes": {"tr": "Notlar", "ar": "ملاحظات", "en": "Notes"},
    "page": {"tr": "Sayfa {x} / {y}", "ar": "صفحة {x} من {y}", "en": "Page {x} of {y}"},
    "printed": {"tr": "Yazdırıldı: {date}", "ar": "طُبع في: {date}", "en": "Printed: {date}"},
    "present_total": {"tr": "Katılan sayısı", "ar": "عدد الحاضرين", "en": "Number present"},
    "facilitator_signature": {
        "tr": "Kolaylaştırıcının adı ve imzası",
        "ar": "اسم الميسّر وتوقيعه",
        "en": "Facilitator's name and signature",
    },
    "no_members": {
        "tr": "Bu grubun henüz üyesi yok.",
        "ar": "لا يوجد أعضاء في هذه المجموعة بعد.",
        "en": "This group has no members yet.",
    },
    # Registration form.
    "first_name": {"tr": "Ad", "ar": "الاسم", "en": "First name"},
    "last_name": {"tr": "Soyad", "ar": "الكنية", "en": "Last name"},
    "first_name_ar": {
        "tr": "Ad (Arap harfleriyle)",
        "ar": "الاسم (بالحروف العربية)",
        "en": "First name (Arabic script)",
    },
    "last_name_ar": {
        "tr": "Soyad (Arap harfleriyle)",
        "ar": "الكنية (بالحروف العربية)",
        "en": "Last name (Arabic script)",
    },
    "birth_date_or_year": {
        "tr": "Doğum tarihi (gün.ay.yıl) ya da yalnız yılı",
        "ar": "تاريخ الميلاد (يوم.شهر.سنة) أو السنة فقط",
        "en": "Birth date (dd.mm.yyyy) or year only",
    },
    "estimated": {"tr": "Tahmini", "ar": "تقديري", "en": "Estimated"},
    "female": {"tr": "Kadın", "ar": "أنثى", "en": "Female"},
    "male": {"tr": "Erkek", "ar": "ذكر", "en": "Male"},
    "other": {"tr": "Diğer", "ar": "آخر", "en": "Other"},
    "not_stated": {"tr": "Belirtilmedi", "ar": "لم يُذكر", "en": "Not stated"},
    "syria": {"tr": "Suriye", "ar": "سوريا", "en": "Syria"},
    "turkiye": {"tr": "Türkiye", "ar": "تركيا", "en": "Türkiye"},
    "stateless": {"tr": "Vatansız", "ar": "عديم الجنسية", "en": "Stateless"},
    "unknown": {"tr": "Bilinmiyor", "ar": "غير معروف", "en": "Unknown"},
    "other_country": {"tr": "Diğer:", "ar": "أخرى:", "en": "Other:"},
    "disability": {"tr": "Engellilik durumu", "ar": "وجود إعاقة", "en": "Disability"},
    "yes": {"tr": "Var", "ar": "نعم", "en": "Yes"},
    "no_answer": {"tr": "Yok", "ar": "لا", "en": "No"},
    "consent_title": {
        "tr": "Kişisel verilerin işlenmesine ilişkin aydınlatma ve açık rıza (KVKK)",
        "ar": "إشعار وموافقة صريحة على معالجة البيانات الشخصية (KVKK)",
        "en": "Information and consent to the processing of personal data (KVKK)",
    },
    "consent_tick": {
        "tr": "Yukarıdaki metni okudum ya da bana okundu; açık rıza veriyorum.",
        "ar": "قرأتُ النص أعلاه أو قُرئ عليّ، وأوافق عليه موافقة صريحة.",
        "en": "I have read the text above, or it was read to me, and I consent.",
    },
    "consent_date": {"tr": "Rıza tarihi", "ar": "تاريخ الموافقة", "en": "Date of consent"},
    "participant_signature": {
        "tr": "Katılımcının imzası",
        "ar": "توقيع المشارك",
        "en": "Participant's signature",
    },
    "guardian_signature": {
        "tr": "Veli / vasi imzası (18 yaş altı için)",
        "ar": "توقيع وليّ الأمر (لمن هم دون 18 سنة)",
        "en": "Parent / guardian signature (under 18)",
    },
    "staff_only": {
        "tr": "Personel doldurur",
        "ar": "يملؤه الموظف",
        "en": "For staff",
    },
    "registered_by": {
        "tr": "Kaydı alan personel",
        "ar": "الموظف الذي سجّل البيانات",
        "en": "Registered by",
    },
}

# The statement a participant consents to. KVKK (Law No. 6698) asks the data
# controller to say who it is, what is processed, why, who receives it and the
# person's rights (art. 10-11); disability is health data, a special category
# (art. 6) needing explicit consent. Worded plainly to be read aloud. The
# association should have its legal adviser review it before wide use.
CONSENT_TEXT: dict[str, str] = {
    "tr": (
        "{association} (veri sorumlusu), {unit} faaliyetlerine katılımınızı planlamak, "
        "takip etmek ve size destek sunmak için adınızı, soyadınızı, cinsiyetinizi, doğum "
        "tarihinizi ya da yılınızı, uyruğunuzu, telefon numaranızı, kayıt numaranızı, "
        "engellilik durumunuzu ve katıldığınız faaliyetleri kaydeder. Bu bilgileri yalnızca "
        "derneğin yetkili personeli görür. Bağışçılara ve ortak kuruluşlara yalnızca isim "
        "içermeyen toplu sayılar raporlanır. Verileriniz satılmaz; kanunen zorunlu olmadıkça "
        "başkalarıyla paylaşılmaz. Engellilik durumu sağlık verisidir ve yalnızca açık "
        "rızanızla kaydedilir. Rıza vermek gönüllüdür; vermemeniz aldığınız yardımı "
        "etkilemez. Rızanızı istediğiniz zaman personele söyleyerek geri alabilirsiniz; "
        "verilerinizi görme, düzeltilmesini ya da silinmesini isteme hakkınız vardır "
        "(6698 sayılı KVKK madde 11)."
    ),
    "ar": (
        "تسجّل {association} (المسؤولة عن البيانات) اسمك وكنيتك وجنسك وتاريخ ميلادك أو "
        "سنته وجنسيتك ورقم هاتفك ورقم تسجيلك ووجود إعاقة لديك والأنشطة التي تشارك فيها، "
        "وذلك لتنظيم مشاركتك في أنشطة {unit} ومتابعتها وتقديم الدعم لك. لا يطّلع على هذه "
        "البيانات إلا الموظفون المخوّلون في الجمعية. ولا يُرسَل إلى الجهات المانحة والشركاء "
        "إلا أعداد إجمالية لا تتضمن أسماء. لا تُباع بياناتك ولا تُعطى لأي جهة أخرى إلا إذا "
        "أوجب القانون ذلك. المعلومات عن الإعاقة بيانات صحية، ولا تُسجَّل إلا بموافقتك "
        "الصريحة. الموافقة طوعية، ورفضها لا يؤثر على المساعدة التي تتلقاها. يمكنك سحب "
        "موافقتك في أي وقت بإبلاغ الموظفين، ولك الحق في الاطلاع على بياناتك وطلب تصحيحها "
        "أو حذفها (المادة 11 من قانون حماية البيانات الشخصية التركي رقم 6698)."
    ),
    "en": (
        "{association} (the data controller) records your first and last name, gender, "
        "birth date or year, nationality, phone number, register number, disability and the "
        "activities you take part in, to plan and follow your participation in the "
        "activities of the {unit} and to support you. Only the association's authorised "
        "staff see this information. Donors and partner organisations receive only totals "
        "without names. Your data is not sold and is not shared with anyone else unless the "
        "law requires it. Disability is health data and is recorded only with your explicit "
        "consent. Consent is voluntary; refusing it does not affect the help you receive. "
        "You can withdraw your consent at any time by telling the staff, and you have the "
        "right to see your data and to ask for it to be corrected or deleted (Turkish "
        "Personal Data Protection Law No. 6698, KVKK, article 11)."
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (English if missing), placeholders filled."""
    entry = LABELS[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**values) if values else template


def group_type(value: str, lang: str) -> str:
    return vocab.group_type_name(value, lang)


def nationality(code: str, lang: str) -> str:
    """A nationality code as a country name in ``lang`` (Babel's CLDR names)."""
    if code in ("stateless", "unknown"):
        return text(code, lang)
    if code == "other":
        return text("other", lang)
    from babel import Locale

    try:
        return Locale.parse(lang).territories.get(code.upper(), code)
    except (ValueError, LookupError):
        return code
