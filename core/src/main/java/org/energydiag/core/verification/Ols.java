package org.energydiag.core.verification;

/**
 * Ordinary least squares with an intercept: y = b0 + b1·x1 + … + bk·xk, with the statistics a
 * baseline model is judged by (R², CV(RMSE), the coefficients' t statistics) and the lag-1
 * autocorrelation of its residuals.
 *
 * @param coefficients   b0 (intercept) then one per driver
 * @param standardErrors of the coefficients
 * @param tStats         coefficient ÷ its standard error
 * @param r2             coefficient of determination
 * @param rmse           √(SSE ÷ (n − p))
 * @param cvRmse         RMSE ÷ mean of y (a fraction)
 * @param meanY          mean of y
 * @param n              observations
 * @param p              parameters (drivers + 1)
 * @param autocorrelation lag-1 autocorrelation of the residuals in their order
 */
public record Ols(double[] coefficients, double[] standardErrors, double[] tStats, double r2, double rmse, double cvRmse,
                  double meanY, int n, int p, double autocorrelation) {

    /**
     * Fits y on the columns of x (x[i] = drivers of observation i, without the intercept).
     *
     * @throws IllegalArgumentException when there are not more observations than parameters or the
     *                                  drivers are collinear (the normal equations are singular)
     */
    public static Ols fit(double[][] x, double[] y) {
        int n = y.length;
        int k = n == 0 ? 0 : x[0].length;
        int p = k + 1;
        if (n <= p) {
            throw new IllegalArgumentException("n " + n + " ≤ p " + p);
        }
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            double[] row = row(x[i]);
            for (int a = 0; a < p; a++) {
                xty[a] += row[a] * y[i];
                for (int b = 0; b < p; b++) {
                    xtx[a][b] += row[a] * row[b];
                }
            }
        }
        double[][] inv = invert(xtx);
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                beta[a] += inv[a][b] * xty[b];
            }
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double sse = 0;
        double sst = 0;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = y[i] - predict(beta, x[i]);
            sse += e[i] * e[i];
            sst += (y[i] - mean) * (y[i] - mean);
        }
        double mse = sse / (n - p);
        double[] se = new double[p];
        double[] t = new double[p];
        for (int a = 0; a < p; a++) {
            se[a] = Math.sqrt(Math.max(0, mse * inv[a][a]));
            t[a] = se[a] == 0 ? Double.POSITIVE_INFINITY * Math.signum(beta[a]) : beta[a] / se[a];
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            den += e[i] * e[i];
            if (i > 0) {
                num += e[i] * e[i - 1];
            }
        }
        double rho = den == 0 ? 0 : num / den;
        double rmse = Math.sqrt(mse);
        return new Ols(beta, se, t, sst == 0 ? 0 : 1 - sse / sst, rmse, mean == 0 ? Double.NaN : rmse / mean, mean, n, p, rho);
    }

    /** The model's value for the drivers {@code x}. */
    public double predict(double[] x) {
        return predict(coefficients, x);
    }

    private static double predict(double[] beta, double[] x) {
        double v = beta[0];
        for (int j = 0; j < x.length; j++) {
            v += beta[j + 1] * x[j];
        }
        return v;
    }

    private static double[] row(double[] x) {
        double[] r = new double[x.length + 1];
        r[0] = 1;
        System.arraycopy(x, 0, r, 1, x.length);
        return r;
    }

    /** Gauss–Jordan inversion with partial pivoting (the matrices here are at most 4 × 4). */
    static double[][] invert(double[][] m) {
        int p = m.length;
        double[][] a = new double[p][2 * p];
        double scale = 0;
        for (int i = 0; i < p; i++) {
            System.arraycopy(m[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
            for (int j = 0; j < p; j++) {
                scale = Math.max(scale, Math.abs(m[i][j]));
            }
        }
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][c]) <= 1e-12 * Math.max(scale, 1e-300)) {
                throw new IllegalArgumentException("singular");
            }
            double[] tmp = a[c];
            a[c] = a[piv];
            a[piv] = tmp;
            double d = a[c][c];
            for (int j = 0; j < 2 * p; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * p; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] out = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, out[i], 0, p);
        }
        return out;
    }
}
