#include "suggest/linearsvm.h"

#include <linear.h>

#include <cstdlib>
#include <mutex>

namespace DigestStudio {

namespace {

void quiet(const char *) {}

} // namespace

LinearSvm::Weights LinearSvm::train(const std::vector<Row> &rows, int dimension, double c)
{
    static std::once_flag silenced;
    std::call_once(silenced, [] { set_print_string_function(&quiet); });
    Weights out;
    // LIBLINEAR rows: 1-based indexes, the bias as one more feature, -1 at the end.
    std::vector<std::vector<feature_node>> nodes;
    nodes.reserve(rows.size());
    std::vector<feature_node *> x;
    std::vector<double> y;
    double positives = 0;
    double negatives = 0;
    for (const Row &row : rows) {
        std::vector<feature_node> n;
        n.reserve(row.features->size() + 2);
        for (const auto &entry : *row.features)
            n.push_back({entry.first + 1, double(entry.second)});
        n.push_back({dimension + 1, 1.0});
        n.push_back({-1, 0.0});
        nodes.push_back(std::move(n));
        for (int r = 0; r < row.repeat; ++r) {
            x.push_back(nodes.back().data());
            y.push_back(row.positive ? 1.0 : -1.0);
        }
        (row.positive ? positives : negatives) += row.repeat;
    }
    if (positives == 0 || negatives == 0)
        return out;
    problem prob{};
    prob.l = static_cast<int>(x.size());
    prob.n = dimension + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = -1; // the bias is the last feature above
    // Balanced: each class weighs as much as the other, however few the picks.
    int labels[2] = {1, -1};
    double weights[2] = {(positives + negatives) / (2 * positives),
                         (positives + negatives) / (2 * negatives)};
    parameter param{};
    param.solver_type = L2R_L2LOSS_SVC_DUAL;
    param.eps = 0.1;
    param.C = c;
    param.nr_weight = 2;
    param.weight_label = labels;
    param.weight = weights;
    if (check_parameter(&prob, &param))
        return out;
    // LIBLINEAR's dual solver visits the rows in an order drawn from rand(), one process-wide sequence: two
    // trainings at once would interleave their draws and the same history would give different models. One
    // training at a time, each from the same seed, makes a model depend on its data only (the solver is
    // about a tenth of a training).
    static std::mutex solver;
    model *m = nullptr;
    {
        const std::lock_guard<std::mutex> lock(solver);
        std::srand(1);
        m = ::train(&prob, &param);
    }
    // LIBLINEAR's first label is the first one it met: flip so that positive means "picked".
    const double sign = m->label[0] == 1 ? 1.0 : -1.0;
    out.w.resize(size_t(dimension));
    for (int i = 0; i < dimension; ++i)
        out.w[size_t(i)] = static_cast<float>(sign * m->w[i]);
    out.bias = static_cast<float>(sign * m->w[dimension]);
    free_and_destroy_model(&m);
    return out;
}

} // namespace DigestStudio
