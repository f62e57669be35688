-- The ARIMA_PLUS model is only a step on the way to the forecast: Aisle drops it afterwards.
DROP MODEL IF EXISTS `%%model%%`
