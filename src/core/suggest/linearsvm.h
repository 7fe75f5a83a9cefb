// A linear SVM trained with LIBLINEAR (L2-regularised L2-loss, dual solver: scikit-learn's LinearSVC) with
// balanced class weights; rows given `repeat` > 1 count that many times (LIBLINEAR 2.3 has no instance
// weights).
#pragma once

#include "suggest/featurespace.h"

#include <vector>

namespace DigestStudio {

class LinearSvm final
{
public:
    struct Row
    {
        const SparseVector *features = nullptr; // not owned
        bool positive = false;
        int repeat = 1;
    };

    // Weights by feature index (dimension entries) and the bias; empty weights when a class is missing.
    struct Weights
    {
        std::vector<float> w;
        float bias = 0;
    };

    static Weights train(const std::vector<Row> &rows, int dimension, double c);
};

} // namespace DigestStudio
