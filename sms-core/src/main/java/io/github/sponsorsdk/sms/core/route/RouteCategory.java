package io.github.sponsorsdk.sms.core.route;

/**
 * The licence categories a sponsor is rated in (Workers and Temporary Workers guidance Part 1; Student sponsor
 * guidance). A licence has one rating per category it holds.
 */
public enum RouteCategory {
  /** Worker routes: Skilled Worker, the Global Business Mobility routes, Scale-up, Minister of Religion, International Sportsperson. */
  WORKER,
  /** Temporary Worker routes: Creative, Charity, Religious Worker, Government Authorised Exchange, International Agreement, Seasonal Worker. */
  TEMPORARY_WORKER,
  /** Student and Child Student. */
  STUDENT
}
