package org.marsad.app.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.marsad.arabic.dates.Hijri;

/** Dates as an Arabic reader expects them: day, month name, year, and the Umm al-Qura date beside. */
final class ArabicDates {
  /** The month names used in Egypt and the Gulf (يناير...), the most widely read. */
  private static final List<String> MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
      "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
  private static final List<String> HIJRI_MONTHS = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر",
      "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");

  private ArabicDates() {}

  /** {@code ٣٠ يناير ٢٠٢٤} with Western digits: {@code 30 يناير 2024}. */
  static String gregorian(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear();
  }

  /** {@code 18 رجب 1445 هـ}. */
  static String hijri(LocalDate d) {
    Hijri.Day h = Hijri.of(d);
    return h.day() + " " + HIJRI_MONTHS.get(h.month() - 1) + " " + h.year() + " هـ";
  }

  static String month(YearMonth m) {
    return MONTHS.get(m.getMonthValue() - 1) + " " + m.getYear();
  }
}
