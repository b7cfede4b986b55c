#include "forms/PatternGuard.h"

#include <vector>

namespace vitalis::forms
{

namespace
{

// Finds nested or alternating unbounded repetition such as (a+)+ or (a|ab)*, which
// std::regex's backtracking matcher runs in exponential time.
std::string structuralProblem(const std::string& p)
{
    struct Group {
        bool hasQuantifier = false;
        bool hasAlternation = false;
    };
    std::vector<Group> stack(1);
    int unbounded = 0;
    auto quantifierAt = [&](std::size_t i, bool& isUnbounded, std::size_t& end) -> bool {
        if (i >= p.size())
            return false;
        char c = p[i];
        end = i + 1;
        if (c == '*' || c == '+') {
            isUnbounded = true;
            return true;
        }
        if (c == '?') {
            isUnbounded = false;
            return true;
        }
        if (c != '{')
            return false;
        auto close = p.find('}', i);
        if (close == std::string::npos)
            return false;
        std::string body = p.substr(i + 1, close - i - 1);
        auto comma = body.find(',');
        isUnbounded = comma != std::string::npos && comma + 1 == body.size();
        end = close + 1;
        return true;
    };
    // After an atom ends at `next`, note a quantifier that follows it.
    auto atomEnd = [&](std::size_t next) -> std::size_t {
        bool isUnbounded = false;
        std::size_t end = 0;
        if (!quantifierAt(next, isUnbounded, end))
            return next - 1;
        stack.back().hasQuantifier = true;
        unbounded += isUnbounded ? 1 : 0;
        if (end < p.size() && p[end] == '?')
            ++end; // lazy quantifier
        return end - 1;
    };
    for (std::size_t i = 0; i < p.size(); ++i) {
        char c = p[i];
        if (c == '{') {
            long n = 0;
            for (std::size_t k = i + 1; k < p.size() && p[k] != '}'; ++k) {
                n = (p[k] >= '0' && p[k] <= '9') ? n * 10 + (p[k] - '0') : 0;
                if (n > 999)
                    return "repetition count too large (at most 999)";
            }
        }
        if (c == '\\') {
            i = atomEnd(i + 2);
            continue;
        }
        if (c == '[') {
            for (++i; i < p.size() && p[i] != ']'; ++i)
                if (p[i] == '\\')
                    ++i;
            i = atomEnd(i + 1);
            continue;
        }
        if (c == '(') {
            stack.emplace_back();
            if (i + 1 < p.size() && p[i + 1] == '?')
                i += 2; // (?: (?= (?!
            continue;
        }
        if (c == '|') {
            stack.back().hasAlternation = true;
            continue;
        }
        if (c == ')') {
            if (stack.size() < 2)
                return "unbalanced ')'";
            Group g = stack.back();
            stack.pop_back();
            bool isUnbounded = false;
            std::size_t end = 0;
            if (quantifierAt(i + 1, isUnbounded, end)) {
                bool repeats = isUnbounded || p[i + 1] == '{';
                if (repeats && (g.hasQuantifier || g.hasAlternation))
                    return "a repeated group containing a quantifier or '|' can take exponential "
                           "time; rewrite it without nesting";
            }
            stack.back().hasQuantifier |= g.hasQuantifier;
            stack.back().hasAlternation |= g.hasAlternation;
            i = atomEnd(i + 1);
            continue;
        }
        if (c == '^' || c == '$')
            continue;
        i = atomEnd(i + 1);
    }
    if (unbounded > 4)
        return "more than 4 unbounded repetitions (*, +, {n,}) in one pattern";
    return {};
}

} // namespace

std::shared_ptr<const std::regex> compilePattern(const std::string& pattern, std::string& problem)
{
    if (pattern.size() > kMaxPatternLength) {
        problem = "pattern longer than " + std::to_string(kMaxPatternLength) + " characters";
        return nullptr;
    }
    problem = structuralProblem(pattern);
    if (!problem.empty())
        return nullptr;
    try {
        return std::make_shared<const std::regex>(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        problem = std::string("invalid regular expression: ") + e.what();
        return nullptr;
    }
}

bool patternMatches(const std::regex& regex, const std::string& value)
{
    if (value.size() > kMaxPatternInput)
        return false;
    try {
        return std::regex_match(value, regex);
    } catch (const std::regex_error&) {
        return false; // complexity or stack limits: treat as not matching
    }
}

} // namespace vitalis::forms
